import { SuccessFactor, type Phase } from '@msp-atlas/msp-vocabulary';
import { goalCodeOf } from '@msp-atlas/sdg-framework';
import { createSeededRandom, deriveSeed, type SeededRandom } from '../seeded-random.js';
import { composeLesson, type LessonPlan } from './compose-lesson.js';
import { lessonKinds, lessonLanguages, type DemoLesson, type LessonKind, type LessonLanguage } from './demo-lesson.js';
import { pickAuthorName, regionOfCountry } from './lesson-authors.js';
import { lessonCountryPool } from './lesson-countries.js';
import { phasesOfFactor } from './lesson-factor-phases.js';
import { lessonPhrases } from './lesson-phrases.by-language.js';
import { lessonThemes, type LessonTheme } from './lesson-themes.js';

export type { DemoLesson } from './demo-lesson.js';

const lessonCount = 320;
const goals = Array.from({ length: 17 }, (_, index) => String(index + 1));
const factors = Object.values(SuccessFactor);
/** Two in five lessons in English, one in five in each other language. */
const languageCycle: readonly LessonLanguage[] = ['en', 'en', 'fr', 'es', 'de'];

/**
 * About 320 fictional lessons learned for the learning library, the same for the same seed.
 * Languages, goals and, per language, every pairing of kind and main success factor are
 * dealt out evenly and then shuffled, so each appears many times and a language repeats a
 * pairing only once it has used them all; the rest of a lesson comes from its own seed.
 */
export function buildDemoLessons(options: { seed?: number } = {}): DemoLesson[] {
  const seed = options.seed ?? 1;
  const deal = createSeededRandom(seed);
  const featuredGoals = dealt(deal, goals);
  const languages = dealt(deal, languageCycle);
  const pairings = factors.flatMap((factor) => lessonKinds.map((kind) => ({ factor, kind })));
  const pairingsOf = new Map(
    lessonLanguages.map((language) => [language, dealt(deal, pairings, languages.filter((candidate) => candidate === language).length)]),
  );
  const occurrences = new Map<string, number>();
  const usedTitles = new Set<string>();
  return languages.map((language, index) => {
    const { factor, kind } = pairingsOf.get(language)!.pop()!;
    const pairing = `${language} ${factor} ${kind}`;
    const occurrence = occurrences.get(pairing) ?? 0;
    occurrences.set(pairing, occurrence + 1);
    const random = createSeededRandom(deriveSeed(seed, index));
    return buildLesson(random, {
      key: `lesson-${String(index + 1).padStart(3, '0')}`,
      factor,
      kind,
      goal: featuredGoals[index]!,
      language,
      occurrence,
      usedTitles,
    });
  });
}

interface LessonDraw {
  key: string;
  factor: SuccessFactor;
  kind: LessonKind;
  goal: string;
  language: LessonLanguage;
  /** How many lessons in this language had the same kind and main factor before. */
  occurrence: number;
  usedTitles: Set<string>;
}

function buildLesson(random: SeededRandom, draw: LessonDraw): DemoLesson {
  const theme = random.pick(lessonThemes.filter((candidate) => targetsOfGoalIn(candidate, draw.goal).length > 0));
  const featuredTarget = random.pick(targetsOfGoalIn(theme, draw.goal));
  const sdgTargets = random.chance(0.4) ? [featuredTarget, random.pick(theme.sdgTargets.filter((target) => target !== featuredTarget))] : [featuredTarget];
  const otherFactors = random.sample(
    factors.filter((factor) => factor !== draw.factor),
    random.pickWeighted([
      [0, 50],
      [1, 35],
      [2, 15],
    ] as const),
  );
  const plan: LessonPlan = {
    kind: draw.kind,
    language: draw.language,
    factors: [draw.factor, ...otherFactors],
    theme,
    locations: pickLocations(random, draw.language),
    variant: draw.occurrence,
  };
  const { titles, body } = composeLesson(random, plan, lessonPhrases[draw.language]);
  const countries = plan.locations.map((location) => location.country.code);
  return {
    key: draw.key,
    title: uniqueTitle(titles, plan, draw.usedTitles),
    body,
    kind: draw.kind,
    language: draw.language,
    phases: pickPhases(random, draw.factor),
    successFactors: [...plan.factors],
    sdgGoals: [...new Set(sdgTargets.map((target) => goalCodeOf(target)!))],
    sdgTargets,
    countries,
    sectors: random.chance(0.3) && theme.sectors.length > 1 ? [theme.sectors[0]!, random.pick(theme.sectors.slice(1))] : [theme.sectors[0]!],
    authorName: pickAuthorName(random, draw.language, countries),
  };
}

function targetsOfGoalIn(theme: LessonTheme, goal: string): string[] {
  return theme.sdgTargets.filter((target) => goalCodeOf(target) === goal);
}

/** None (a global lesson), one country, or two neighbouring ones, each with a place in it. */
function pickLocations(random: SeededRandom, language: LessonLanguage): LessonPlan['locations'] {
  const count = random.pickWeighted([
    [0, 12],
    [1, 73],
    [2, 15],
  ] as const);
  if (count === 0) return [];
  const pool = lessonCountryPool(language);
  const first = random.pick(pool);
  const neighbours = pool.filter((country) => country !== first && regionOfCountry[country.code] === regionOfCountry[first.code]);
  const countries = count === 2 && neighbours.length > 0 ? [first, random.pick(neighbours)] : [first];
  return countries.map((country) => ({ country, place: random.pick(country.places) }));
}

function pickPhases(random: SeededRandom, factor: SuccessFactor): Phase[] {
  const typical = phasesOfFactor[factor];
  const first = random.chance(0.6) ? typical[0]! : random.pick(typical);
  return random.chance(0.3) ? [first, random.pick(typical.filter((phase) => phase !== first))] : [first];
}

/** Titles are unique within a data set: when all the usual ones are taken, the title names the place. */
function uniqueTitle(titles: readonly string[], plan: LessonPlan, usedTitles: Set<string>): string {
  const [first] = titles;
  const places = plan.locations.map((location) => location.place);
  const candidates = [
    ...titles,
    ...places.flatMap((place) => titles.map((title) => `${title} (${place})`)),
    ...Array.from({ length: 20 }, (_, index) => `${first} (${index + 2})`),
  ];
  const chosen = candidates.find((candidate) => !usedTitles.has(candidate))!;
  usedTitles.add(chosen);
  return chosen;
}

/** `items` repeated, each round in its own random order, to fill `count` places, then shuffled. */
function dealt<T>(random: SeededRandom, items: readonly T[], count = lessonCount): T[] {
  const rounds = Math.ceil(count / items.length);
  const repeated = Array.from({ length: rounds }, () => random.shuffle(items))
    .flat()
    .slice(0, count);
  return random.shuffle(repeated);
}
