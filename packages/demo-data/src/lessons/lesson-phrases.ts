import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { LessonKind } from './demo-lesson.js';

/**
 * The building blocks one language writes its lessons from. Texts may hold slots that the
 * composer fills: {field} (the theme as a prepositional phrase, 'on safe drinking water'),
 * {where} ('in Kisumu, Kenya'), {partners}, {months}, {pct}, {weeks}, {year}. Templates put
 * slots where they need no article or case change, so the filled text stays grammatical.
 */
export interface FactorPhrases {
  /** The headline of a FAILURE lesson. */
  failure: string;
  /** The tool a TOOL lesson describes, as a headline noun phrase. */
  tool: string;
  /** Headlines of SUCCESS and PRACTICE lessons, e.g. 'A neutral secretariat with its own staff'. */
  topics: readonly string[];
  /** What happened, per kind one or more stories... */
  situations: Readonly<Record<LessonKind, readonly string[]>>;
  /** ...and why, one for each story. */
  causes: Readonly<Record<LessonKind, readonly string[]>>;
  /** The lesson in one or two sentences. */
  lessons: readonly string[];
  /** Practical tips, short imperative sentences. */
  tips: readonly string[];
}

export interface LanguagePhrases {
  factors: Readonly<Record<SuccessFactor, FactorPhrases>>;
  /** Title prefixes per kind, joined to a topic with the separator. */
  titleFrames: Readonly<Record<LessonKind, readonly string[]>>;
  /** ': ', or ' : ' in French. */
  titleSeparator: string;
  /** Opening sentences giving the context; use {field}, {where}, {partners}, {year}. */
  openings: readonly string[];
  /** Sentences about the partnership's composition or history, to vary the context. */
  contexts: readonly string[];
  closings: readonly string[];
  headings: { happened: string; why: string; differently: string; tips: string };
  /** Bold label in front of the lesson, e.g. 'Key lesson:'. */
  keyLesson: string;
  /** A line ending in a colon that introduces the list of tips. */
  tipsIntros: readonly string[];
  /** Tips that fit any factor. */
  genericTips: readonly string[];
  /** Reflections used to reach a readable length: on any lesson, and on what went wrong. */
  reflections: { general: readonly string[]; setback: readonly string[] };
  /**
   * How to say where the partnership worked, with {place} and {country} (or {place1} ...
   * {country2} for two), and {ofPlace}: the place after French 'de', elided before a vowel.
   */
  where: {
    one: string;
    two: string;
    global: string;
  };
}
