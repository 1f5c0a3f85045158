import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { DemoCountry } from '../demo-countries.js';
import type { SeededRandom } from '../seeded-random.js';
import type { LessonKind, LessonLanguage } from './demo-lesson.js';
import { fillSlots, wordCount } from './fill-slots.js';
import { countryNameIn } from './lesson-countries.js';
import type { LanguagePhrases } from './lesson-phrases.js';
import type { LessonTheme } from './lesson-themes.js';

export interface LessonPlan {
  kind: LessonKind;
  language: LessonLanguage;
  /** The first is the lesson's main factor; the others contribute a tip or a lesson. */
  factors: readonly SuccessFactor[];
  theme: LessonTheme;
  /** With the place in each the lesson comes from. */
  locations: readonly { country: DemoCountry; place: string }[];
}

const minimumWords = 130;
const maximumWords = 390;

/**
 * Writes a lesson's Markdown body from the language's building blocks, and the titles it
 * could have, the preferred first (the builder takes the first that no other lesson has).
 */
export function composeLesson(random: SeededRandom, plan: LessonPlan, phrases: LanguagePhrases): { titles: string[]; body: string } {
  const values = slotValues(random, plan, phrases);
  const fill = (text: string): string => fillSlots(text, values);
  const [mainFactor, ...otherFactors] = plan.factors;
  const main = phrases.factors[mainFactor!];
  const others = otherFactors.map((factor) => phrases.factors[factor]);

  const opening = fill(random.pick(phrases.openings));
  const context = random.chance(0.5) ? random.pick(phrases.contexts) : undefined;
  const situation = fill(main.situations[plan.kind]);
  const cause = fill(main.causes[plan.kind]);
  const [lesson, secondLesson] = random.shuffle(main.lessons);
  const otherLesson = others.length > 0 && random.chance(0.5) ? random.pick(others[0]!.lessons) : undefined;
  const tips = [
    ...random.sample(main.tips, random.int(2, 3)),
    ...others.map((other) => random.pick(other.tips)),
    ...(random.chance(0.3) ? [random.pick(phrases.genericTips)] : []),
  ].slice(0, 4);
  const reflections = random.shuffle(phrases.reflections);
  const closing = random.chance(0.6) ? random.pick(phrases.closings) : undefined;
  const list = tips.map((tip) => `- ${fill(tip)}`).join('\n');
  const keyLesson = `**${phrases.keyLesson}** ${lesson}`;

  // Each layout says after which paragraph a reflection fits, should the lesson be short.
  const layouts: (() => [paragraphs: string[], reflectionAt: number])[] = [
    // A story, then what we would change.
    () => [
      [
        sentences(opening, context),
        sentences(situation, cause, reflections[0]),
        `## ${phrases.headings.differently}`,
        sentences(lesson!, otherLesson),
        `${random.pick(phrases.tipsIntros)}\n\n${list}`,
        ...(closing ? [closing] : []),
      ],
      2,
    ],
    // Sections: what happened, why, tips.
    () => [
      [
        `## ${phrases.headings.happened}`,
        sentences(opening, situation),
        `## ${phrases.headings.why}`,
        sentences(cause, context, reflections[0]),
        sentences(keyLesson, otherLesson),
        `## ${phrases.headings.tips}`,
        list,
      ],
      4,
    ],
    // The lesson first, in bold, then the story behind it.
    () => [
      [
        keyLesson,
        sentences(opening, situation),
        sentences(cause, secondLesson, otherLesson),
        `${random.pick(phrases.tipsIntros)}\n\n${list}`,
        ...(closing ? [closing] : []),
      ],
      3,
    ],
  ];
  const [paragraphs, reflectionAt] = random.pick(layouts)();
  // Short lessons get a reflection more, so every body reads as a full account.
  for (const reflection of reflections.slice(1)) {
    if (wordCount(paragraphs.join('\n\n')) >= minimumWords) break;
    paragraphs.splice(reflectionAt, 0, reflection);
  }
  const body = paragraphs.join('\n\n');
  const words = wordCount(body);
  if (words < minimumWords - 10 || words > maximumWords) throw new Error(`A lesson of ${words} words: ${body}`);

  const headlines = plan.kind === 'TOOL' ? [main.tool] : plan.kind === 'FAILURE' ? [main.failure] : random.shuffle(main.topics);
  const frames = random.shuffle(phrases.titleFrames[plan.kind]);
  const titles = headlines.flatMap((headline) => frames.map((frame) => `${frame}${phrases.titleSeparator}${headline}`));
  return { titles, body };
}

function slotValues(random: SeededRandom, plan: LessonPlan, phrases: LanguagePhrases): Record<string, string | number> {
  const named = plan.locations.map(({ country, place }) => ({ place, country: countryNameIn(plan.language, country) }));
  const where =
    named.length === 0
      ? phrases.where.global
      : named.length === 1
        ? fillSlots(phrases.where.one, named[0]!)
        : fillSlots(phrases.where.two, { place1: named[0]!.place, country1: named[0]!.country, place2: named[1]!.place, country2: named[1]!.country });
  return {
    field: plan.theme.field[plan.language],
    where,
    partners: random.int(6, 24),
    months: random.int(4, 18),
    pct: random.int(12, 16) * 5,
    weeks: random.int(2, 8),
    year: random.int(2012, 2021),
  };
}

function sentences(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
