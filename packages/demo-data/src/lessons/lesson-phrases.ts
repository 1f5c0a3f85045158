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
  /** What happened, one per kind. */
  situations: Readonly<Record<LessonKind, string>>;
  /** Why it happened, one per kind. */
  causes: Readonly<Record<LessonKind, string>>;
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
  /** Reflections that fit any lesson, used to reach a readable length. */
  reflections: readonly string[];
  /** How to say where the partnership worked. */
  where: {
    one: string; // '{place}', '{country}'
    two: string; // '{place1}', '{country1}', '{place2}', '{country2}'
    global: string;
  };
}
