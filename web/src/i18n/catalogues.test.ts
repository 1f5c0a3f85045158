import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { mergeCatalogueParts } from './merge-catalogue-parts';

type Catalogue = { [key: string]: string | Catalogue };

const CATALOGUE_DIR = new URL('./catalogues/', import.meta.url);
const partNames = (code: string) =>
  readdirSync(new URL(`${code}/`, CATALOGUE_DIR))
    .filter((file) => file.endsWith('.json'))
    .sort();
const readCatalogue = (code: string): Catalogue =>
  mergeCatalogueParts(
    partNames(code).map((name) => ({ name, messages: JSON.parse(readFileSync(new URL(`${code}/${name}`, CATALOGUE_DIR), 'utf8')) })),
  ) as Catalogue;

/** Every message as `path.to.key` → text; i18next's plural endings (`_one`, `_other`) are part of the key. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(path, value);
    else for (const [nested, text] of flatten(value, path)) messages.set(nested, text);
  }
  return messages;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const english = flatten(readCatalogue('en'));

describe('message catalogues', () => {
  it('has one catalogue folder per language of the switcher, and no other', () => {
    expect(readdirSync(CATALOGUE_DIR).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('has the same parts in every language', () => {
    for (const { code } of LANGUAGES) expect(partNames(code), code).toEqual(partNames('en'));
  });

  it('has no empty message in English', () => {
    for (const [key, text] of english) expect(text.trim(), key).not.toBe('');
  });

  for (const { code } of LANGUAGES.filter((language) => language.code !== 'en')) {
    describe(code, () => {
      const translated = flatten(readCatalogue(code));

      it('has every key of the English catalogue and no other', () => {
        expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
        expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      });

      it('has no empty message, and the placeholders of the English one', () => {
        for (const [key, text] of translated) {
          expect(text.trim(), key).not.toBe('');
          expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
        }
      });
    });
  }
});
