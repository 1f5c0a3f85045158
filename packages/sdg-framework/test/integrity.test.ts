import { describe, expect, it } from 'vitest';
import { getSdgGoal, getSdgTarget, sdgGoals, sdgIndicators, sdgTargets, type SdgLocale } from '../src/index.js';

const LOCALES: readonly SdgLocale[] = ['en', 'fr', 'es', 'de'];

describe('framework integrity', () => {
  it('links every target to an existing goal', () => {
    for (const target of sdgTargets) expect(getSdgGoal(target.goalCode), target.code).toBeDefined();
  });

  it('links every indicator to an existing target of its goal', () => {
    for (const indicator of sdgIndicators) {
      expect(getSdgTarget(indicator.targetCode)?.goalCode, indicator.code).toBe(indicator.goalCode);
    }
  });

  it('titles goals and targets in all four locales', () => {
    for (const goal of sdgGoals) {
      for (const locale of LOCALES) {
        expect(goal.title[locale], `${goal.code} ${locale}`).not.toBe('');
        expect(goal.shortTitle[locale], `${goal.code} ${locale}`).not.toBe('');
      }
    }
    for (const target of sdgTargets) {
      for (const locale of LOCALES) expect(target.title[locale], `${target.code} ${locale}`).not.toBe('');
    }
  });

  it('titles every indicator in English', () => {
    for (const indicator of sdgIndicators) expect(indicator.title.en, indicator.code).not.toBe('');
  });

  it('keeps titles clean: no double spaces, control codes or decomposed accents', () => {
    const texts = [
      ...sdgGoals.flatMap((goal) => [...Object.values(goal.title), ...Object.values(goal.shortTitle)]),
      ...sdgTargets.flatMap((target) => Object.values(target.title)),
      ...sdgIndicators.map((indicator) => indicator.title.en),
    ];
    for (const text of texts) {
      expect(text).toBe(text.trim());
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that no title holds a control character
      expect(text).not.toMatch(/\s{2}|[\u0000-\u001F\u0080-\u009F]/);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('gives every goal its colour', () => {
    expect(getSdgGoal('6')?.color).toBe('#26BDE2');
    for (const goal of sdgGoals) expect(goal.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(sdgGoals)).toBe(true);
    expect(Object.isFrozen(getSdgGoal('6')?.title)).toBe(true);
  });
});
