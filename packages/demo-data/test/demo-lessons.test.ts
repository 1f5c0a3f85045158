import { describe, expect, it } from 'vitest';
import { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { isSectorCode } from '@msp-atlas/reference-data';
import { getSdgTarget, goalCodeOf, isSdgGoalCode } from '@msp-atlas/sdg-framework';
import { buildDemoLessons, type DemoLesson } from '../src/index.js';
import { programCountries } from '../src/demo-countries.js';
import { demoThemes } from '../src/demo-themes.js';
import { wordCount } from '../src/lessons/fill-slots.js';
import { lessonThemes } from '../src/lessons/lesson-themes.js';

const lessons = buildDemoLessons({ seed: 7 });

function tally(values: (lesson: DemoLesson) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lesson of lessons) for (const value of values(lesson)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('the demo lessons', () => {
  it('are at least 300, with unique keys and titles', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lessons.map((lesson) => lesson.key)).size).toBe(lessons.length);
    expect(new Set(lessons.map((lesson) => lesson.title)).size).toBe(lessons.length);
    for (const lesson of lessons) expect(lesson.key).toMatch(/^lesson-\d{3}$/);
  });

  it('come out the same for the same seed and differently for another', () => {
    expect(buildDemoLessons({ seed: 7 })).toEqual(lessons);
    expect(buildDemoLessons()).toEqual(buildDemoLessons({ seed: 1 }));
    const other = buildDemoLessons({ seed: 8 });
    expect(other.map((lesson) => lesson.body)).not.toEqual(lessons.map((lesson) => lesson.body));
  });

  it('cover every phase, success factor, goal and kind many times', () => {
    const phases = tally((lesson) => lesson.phases);
    for (const phase of Object.values(Phase)) expect(phases.get(phase) ?? 0, phase).toBeGreaterThanOrEqual(20);
    const factors = tally((lesson) => lesson.successFactors);
    for (const factor of Object.values(SuccessFactor)) expect(factors.get(factor) ?? 0, factor).toBeGreaterThanOrEqual(10);
    const goals = tally((lesson) => lesson.sdgGoals);
    for (let goal = 1; goal <= 17; goal++) expect(goals.get(String(goal)) ?? 0, `goal ${goal}`).toBeGreaterThanOrEqual(10);
    const kinds = tally((lesson) => [lesson.kind]);
    for (const kind of ['SUCCESS', 'FAILURE', 'PRACTICE', 'TOOL']) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(40);
  });

  it('are about two in five in English and one in five in each of French, Spanish and German', () => {
    const languages = tally((lesson) => [lesson.language]);
    const share = (language: string) => (languages.get(language) ?? 0) / lessons.length;
    expect(share('en')).toBeCloseTo(0.4, 1);
    for (const language of ['fr', 'es', 'de']) expect(share(language), language).toBeCloseTo(0.2, 1);
    expect([...languages.keys()].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('carry one or two phases and one to three distinct success factors', () => {
    for (const lesson of lessons) {
      expect(lesson.phases.length, lesson.key).toBeGreaterThanOrEqual(1);
      expect(lesson.phases.length, lesson.key).toBeLessThanOrEqual(2);
      expect(new Set(lesson.phases).size, lesson.key).toBe(lesson.phases.length);
      expect(lesson.successFactors.length, lesson.key).toBeGreaterThanOrEqual(1);
      expect(lesson.successFactors.length, lesson.key).toBeLessThanOrEqual(3);
      expect(new Set(lesson.successFactors).size, lesson.key).toBe(lesson.successFactors.length);
    }
  });

  it('tag SDG targets that exist, each under one of the lesson’s goals, and every goal with a target', () => {
    for (const lesson of lessons) {
      expect(lesson.sdgTargets.length, lesson.key).toBeGreaterThanOrEqual(1);
      for (const goal of lesson.sdgGoals) expect(isSdgGoalCode(goal), `${lesson.key} ${goal}`).toBe(true);
      for (const target of lesson.sdgTargets) {
        expect(getSdgTarget(target), `${lesson.key} ${target}`).toBeDefined();
        expect(lesson.sdgGoals, `${lesson.key} ${target}`).toContain(goalCodeOf(target));
      }
      expect([...lesson.sdgGoals].sort(), lesson.key).toEqual([...new Set(lesson.sdgTargets.map((target) => goalCodeOf(target)))].sort());
    }
  });

  it('name up to two demo countries and DAC sectors that exist', () => {
    const demoCountryCodes = new Set(programCountries.map((country) => country.code));
    for (const lesson of lessons) {
      expect(lesson.countries.length, lesson.key).toBeLessThanOrEqual(2);
      for (const country of lesson.countries) expect(demoCountryCodes.has(country), `${lesson.key} ${country}`).toBe(true);
      expect(lesson.sectors.length, lesson.key).toBeGreaterThanOrEqual(1);
      for (const sector of lesson.sectors) expect(isSectorCode(sector), `${lesson.key} ${sector}`).toBe(true);
    }
    expect(lessons.some((lesson) => lesson.countries.length === 0)).toBe(true);
    expect(lessons.some((lesson) => lesson.countries.length === 2)).toBe(true);
  });

  it('use the demo partnerships’ targets and sectors for the themes the partnerships share', () => {
    for (const theme of lessonThemes) {
      const partnershipTheme = demoThemes.find((candidate) => candidate.key === theme.key);
      if (partnershipTheme) {
        expect(theme.sdgTargets, theme.key).toEqual(partnershipTheme.sdgTargets);
        expect(theme.sectors, theme.key).toEqual(partnershipTheme.sectors);
      }
    }
  });

  it('have Markdown bodies of 120 to 400 words with a list, and no unfilled slot', () => {
    for (const lesson of lessons) {
      const words = wordCount(lesson.body);
      expect(words, lesson.key).toBeGreaterThanOrEqual(120);
      expect(words, lesson.key).toBeLessThanOrEqual(400);
      expect(lesson.body, lesson.key).toMatch(/^- /m);
      for (const text of [lesson.title, lesson.body, lesson.authorName]) expect(text, lesson.key).not.toMatch(/[{}]|undefined|NaN/);
    }
    expect(lessons.some((lesson) => /^## /m.test(lesson.body))).toBe(true);
    expect(lessons.some((lesson) => /\*\*[^*]+\*\*/.test(lesson.body))).toBe(true);
    expect(lessons.some((lesson) => lesson.body.includes('## Was wir anders machen würden'))).toBe(true);
  });

  it('are written in their own language, with inflected forms to stem', () => {
    const text = (language: string) =>
      lessons
        .filter((lesson) => lesson.language === language)
        .map((lesson) => lesson.body)
        .join(' ');
    const german = text('de');
    expect(german).toMatch(/\bPartnerschaft\b/);
    expect(german).toMatch(/\bPartnerschaften\b/);
    const french = text('fr');
    expect(french).toMatch(/\bfinancement\b/);
    expect(french).toMatch(/\bfinancements\b/);
    expect(french).toMatch(/\bpartenariat\b/);
    const spanish = text('es');
    expect(spanish).toMatch(/\balianza\b/);
    expect(spanish).toMatch(/\balianzas\b/);
    const english = text('en');
    expect(english).toMatch(/\bpartnership\b/);
    expect(english).toMatch(/\bpartnerships\b/);
    expect(french).not.toMatch(/\b(the|and|partnership)\b/);
    expect(german).not.toMatch(/\b(the|partnership|with)\b/);
  });

  it('have an author name of two words or more', () => {
    for (const lesson of lessons) expect(lesson.authorName.split(' ').length, lesson.key).toBeGreaterThanOrEqual(2);
  });
});
