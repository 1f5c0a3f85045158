import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { SdgLocale } from '../src/types.js';
import { cleanTitle } from './clean-title.js';

export type TranslationFile = 'global_goals' | 'global_targets' | 'global_indicators';

/** Keys such as `6-title`, `6-short`, `6-a-title`, `6-1-1-title`. */
const KEY = /^(\d+(?:-[0-9a-z]+){0,2})-(title|short)$/;

export interface TranslationEntry {
  /** The SDG code in IATI form: `6`, `6.a`, `6.1.1`. */
  readonly code: string;
  readonly field: 'title' | 'short';
  readonly text: string;
}

/** English sits beside the other languages as `<file>.en.yml`; the others in `<locale>/<file>.yml`. */
function translationPath(sourceDir: string, locale: SdgLocale, file: TranslationFile): string {
  return locale === 'en' ? path.join(sourceDir, `${file}.en.yml`) : path.join(sourceDir, locale, `${file}.yml`);
}

export function readTranslations(sourceDir: string, locale: SdgLocale, file: TranslationFile): readonly TranslationEntry[] {
  const filePath = translationPath(sourceDir, locale, file);
  const parsed: unknown = parse(readFileSync(filePath, 'utf8'));
  if (parsed === null || typeof parsed !== 'object') throw new Error(`${filePath}: not a mapping`);
  return Object.entries(parsed).map(([key, value]) => {
    const match = KEY.exec(key);
    if (!match || typeof value !== 'string') throw new Error(`${filePath}: unexpected entry ${key}`);
    return {
      code: (match[1] ?? '').replaceAll('-', '.'),
      field: match[2] === 'short' ? 'short' : 'title',
      text: cleanTitle(value, `${filePath} ${key}`),
    };
  });
}
