/**
 * Regenerates src/data/*.json from the Open SDG translations in ../shared/data/sdg-framework
 * (relative to the repository root). Run with `npm run generate`; commit the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFramework } from './build-framework.js';
import { LOCALES, type EntriesByLocale } from './localize.js';
import { readTranslations, type TranslationFile } from './read-translations.js';
import { writeJsonLines } from './write-json-lines.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '../..');
const sourceDir = path.resolve(repoRoot, '../shared/data/sdg-framework');
const dataDir = path.join(packageDir, 'src/data');

function readAllLocales(file: TranslationFile): EntriesByLocale {
  const [en, fr, es, de] = LOCALES.map((locale) => readTranslations(sourceDir, locale, file));
  if (!en || !fr || !es || !de) throw new Error(`missing locale for ${file}`);
  return { en, fr, es, de };
}

const framework = buildFramework({
  goals: readAllLocales('global_goals'),
  targets: readAllLocales('global_targets'),
  indicators: readTranslations(sourceDir, 'en', 'global_indicators'),
});

writeJsonLines(path.join(dataDir, 'goals.json'), framework.goals);
writeJsonLines(path.join(dataDir, 'targets.json'), framework.targets);
writeJsonLines(path.join(dataDir, 'indicators.json'), framework.indicators);
writeFileSync(path.join(packageDir, 'LICENSE-DATA'), readFileSync(path.join(sourceDir, 'LICENSE')));

console.log(
  `sdg-framework: ${framework.goals.length} goals, ${framework.targets.length} targets, ` +
    `${framework.indicators.length} indicators written to ${path.relative(repoRoot, dataDir)}`,
);
