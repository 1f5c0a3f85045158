import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/text/detect-language.js';
import { foldWord } from '../src/text/fold-word.js';
import { stem } from '../src/text/stem.js';
import { tokenize } from '../src/text/tokenize.js';

describe('tokenize', () => {
  it('folds case, accents and compatibility forms and keeps offsets into the input', () => {
    const text = 'Élévation du ＷＡＴＥＲ, Straße & l’eau';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['elevation', 'du', 'water', 'strasse', 'l', 'eau']);
    for (const token of tokens) expect(foldWord(text.slice(token.start, token.end))).toBe(token.word);
  });

  it('blanks HTML tags and entities without moving offsets', () => {
    const text = '<p>clean&nbsp;<b>water</b> &amp; sanitation</p><br/>&#233;t&#xE9; caf&eacute; Stra&szlig;e';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['clean', 'water', 'sanitation', 'ete', 'cafe', 'strasse']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['clean', 'water', 'sanitation', '&#233;t&#xE9;', 'caf&eacute;', 'Stra&szlig;e']);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'The project improves the access of rural families to health care and education.'],
    ['fr', 'Le projet améliore l’accès des familles rurales aux soins de santé et à l’éducation.'],
    ['es', 'El proyecto mejora el acceso de las familias rurales a la salud y la educación.'],
    ['de', 'Das Projekt verbessert den Zugang ländlicher Familien zu Gesundheit und Bildung.'],
  ] as const)('recognises %s', (lang, text) => {
    expect(detectLanguage(tokenize(text))).toBe(lang);
  });

  it('falls back to English when nothing tells', () => {
    expect(detectLanguage(tokenize('1234 5678'))).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});

describe('stem', () => {
  it('brings inflected forms of one word together per language', () => {
    expect(stem('sanitation', 'en')).toBe(stem('sanitations', 'en'));
    expect(stem('policies', 'en')).toBe(stem('policy', 'en'));
    expect(stem('pauvrete', 'fr')).toBe(stem('pauvretes', 'fr'));
    expect(stem('educacion', 'es')).toBe(stem('educaciones', 'es'));
    expect(stem('versorgung', 'de')).toBe(stem('versorgungen', 'de'));
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('sea', 'en')).toBe('sea');
    expect(stem('2030s', 'en')).toBe('2030s');
  });
});
