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
  /** Which of the factor's situations (with its cause) to tell; wraps around. */
  variant: number;
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
  const context = random.pick(phrases.contexts);
  const withContext = random.chance(0.5);
  const variants = main.situations[plan.kind];
  const variant = plan.variant % variants.length;
  const situation = fill(variants[variant]!);
  const cause = fill(main.causes[plan.kind][variant]!);
  const [lesson, secondLesson] = random.shuffle(main.lessons);
  const otherLesson = others.length > 0 && random.chance(0.5) ? random.pick(others[0]!.lessons) : undefined;
  const tips = [
    ...random.sample(main.tips, random.int(2, 3)),
    ...others.map((other) => random.pick(other.tips)),
    ...(random.chance(0.3) ? [random.pick(phrases.genericTips)] : []),
  ].slice(0, 4);
  const reflections =
    plan.kind === 'FAILURE'
      ? random.shuffle(phrases.reflections.setback).concat(random.shuffle(phrases.reflections.general).slice(0, 1))
      : random.shuffle(phrases.reflections.general);
  const closing = random.chance(0.6) ? random.pick(phrases.closings) : undefined;
  const list = tips.map((tip) => `- ${fill(tip)}`).join('\n');
  const keyLesson = `**${phrases.keyLesson}** ${lesson}`;
  const tipsIntro = random.pick(phrases.tipsIntros);

  const layouts: (() => Layout)[] = [
    // A story, then what we would change.
    () => ({
      paragraphs: [
        sentences(opening, withContext ? context : undefined),
        sentences(situation, cause, reflections[0]),
        `## ${phrases.headings.differently}`,
        sentences(lesson!, otherLesson),
        `${tipsIntro}\n\n${list}`,
        ...(closing ? [closing] : []),
      ],
      openingAt: 0,
      reflectionsAt: 1,
      usesContext: withContext,
      reflectionsUsed: 1,
    }),
    // Sections: what happened, why, tips.
    () => ({
      paragraphs: [
        `## ${phrases.headings.happened}`,
        sentences(opening, situation),
        `## ${phrases.headings.why}`,
        sentences(cause, withContext ? context : undefined, reflections[0]),
        sentences(keyLesson, otherLesson),
        `## ${phrases.headings.tips}`,
        list,
      ],
      openingAt: 1,
      reflectionsAt: 3,
      usesContext: withContext,
      reflectionsUsed: 1,
    }),
    // The lesson first, in bold, then the story behind it.
    () => ({
      paragraphs: [
        keyLesson,
        sentences(opening, situation),
        sentences(cause, secondLesson, otherLesson),
        `${tipsIntro}\n\n${list}`,
        ...(closing ? [closing] : []),
      ],
      openingAt: 1,
      reflectionsAt: 2,
      usesContext: false,
      reflectionsUsed: 0,
    }),
  ];
  const layout = random.pick(layouts)();
  const paragraphs = layout.paragraphs;
  // A short lesson gets the context sentence and then reflections, so every body reads as a full account.
  const padding: (() => void)[] = [
    ...(layout.usesContext ? [] : [() => (paragraphs[layout.openingAt] = paragraphs[layout.openingAt]!.replace(opening, `${opening} ${context}`))]),
    ...reflections
      .slice(layout.reflectionsUsed)
      .map((reflection) => () => (paragraphs[layout.reflectionsAt] = `${paragraphs[layout.reflectionsAt]} ${reflection}`)),
  ];
  for (const pad of padding) {
    if (wordCount(paragraphs.join('\n\n')) >= minimumWords) break;
    pad();
  }
  const body = paragraphs.join('\n\n');
  const words = wordCount(body);
  if (words < minimumWords - 10 || words > maximumWords) throw new Error(`A lesson of ${words} words: ${body}`);

  const headlines = plan.kind === 'TOOL' ? [main.tool] : plan.kind === 'FAILURE' ? [main.failure] : random.shuffle(main.topics);
  const frames = random.shuffle(phrases.titleFrames[plan.kind]);
  const titles = headlines.flatMap((headline) => frames.map((frame) => `${frame}${phrases.titleSeparator}${headline}`));
  return { titles, body };
}

interface Layout {
  paragraphs: string[];
  /** The paragraph that opens the story; a context sentence fits right after the opening. */
  openingAt: number;
  /** The paragraph that takes reflections. */
  reflectionsAt: number;
  usesContext: boolean;
  reflectionsUsed: number;
}

function slotValues(random: SeededRandom, plan: LessonPlan, phrases: LanguagePhrases): Record<string, string | number> {
  const named = plan.locations.map(({ country, place }) => ({ place, ofPlace: frenchOf(place), country: countryNameIn(plan.language, country) }));
  const [first, second] = named;
  const where = !first
    ? phrases.where.global
    : !second
      ? fillSlots(phrases.where.one, first)
      : fillSlots(phrases.where.two, {
          place1: first.place,
          ofPlace1: first.ofPlace,
          country1: first.country,
          place2: second.place,
          ofPlace2: second.ofPlace,
          country2: second.country,
        });
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

/** 'de Kisumu', 'd’Antananarivo'; no elision before h or a gliding 'ou' (de Huye, de Ouahigouya). */
function frenchOf(place: string): string {
  const elides = /^[aeiouyàâéèêîïôû]/i.test(place) && !/^ou[aeiy]/i.test(place);
  return elides ? `d’${place}` : `de ${place}`;
}

function sentences(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
