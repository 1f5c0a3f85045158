import { isCountryCode } from '@msp-atlas/reference-data';
import { isSdgGoalCode } from '@msp-atlas/sdg-framework/goals';
import type { LessonFilter, LessonKind, Phase, SuccessFactor } from '../../api/schema-types';
import { LESSON_KIND_CODES } from '../../labels/lesson-kind-labels';
import { LESSON_LANGUAGE_CODES } from '../../labels/lesson-language-labels';
import { PHASE_CODES } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_CODES } from '../../labels/success-factor-labels';

/**
 * The lesson search page's parameters as the URL holds them, so a search can be shared:
 * e.g. /lessons?q=secretariat&phase=DESIGN&goal=6&lang=de. Lists are comma-separated;
 * every value narrows the result. Unknown codes are dropped.
 */
export interface LessonSearch {
  q?: string;
  kind?: LessonKind[];
  lang?: string[];
  phase?: Phase[];
  factor?: SuccessFactor[];
  goal?: string[];
  target?: string[];
  country?: string[];
  sector?: string[];
}

export type LessonSearchList = Exclude<keyof LessonSearch, 'q'>;

function list<T extends string>(value: unknown, isKnown: (code: string) => boolean, normalise = (code: string) => code.trim()): T[] | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const codes = [...new Set(String(value).split(',').map(normalise).filter(isKnown))] as T[];
  return codes.length > 0 ? codes : undefined;
}

const among = (codes: readonly string[]) => (code: string) => codes.includes(code);
// The route's validation is in the first download: target and sector codes are checked
// by their form here and by the API for what they name.
const isTargetLike = (code: string) => /^\d{1,2}\.[0-9a-z]{1,2}$/.test(code);
const isSectorLike = (code: string) => /^\d{3}$/.test(code);

export function validateLessonSearch(raw: Record<string, unknown>): LessonSearch {
  const search: LessonSearch = {
    q: typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim().slice(0, 500) : undefined,
    kind: list(raw.kind, among(LESSON_KIND_CODES)),
    lang: list(raw.lang, among(LESSON_LANGUAGE_CODES)),
    phase: list(raw.phase, among(PHASE_CODES)),
    factor: list(raw.factor, among(SUCCESS_FACTOR_CODES)),
    goal: list(raw.goal, isSdgGoalCode),
    target: list(raw.target, isTargetLike, (code) => code.trim().toLowerCase()),
    country: list(raw.country, isCountryCode, (code) => code.trim().toUpperCase()),
    sector: list(raw.sector, isSectorLike),
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as LessonSearch;
}

/** The API filter of a search. */
export function lessonFilterOf(search: LessonSearch): LessonFilter {
  return {
    kinds: search.kind,
    languages: search.lang,
    phases: search.phase,
    successFactors: search.factor,
    sdgGoals: search.goal,
    sdgTargets: search.target,
    countries: search.country,
    sectors: search.sector,
  };
}

/** The search with one more value in a list, or one less. */
export function toggled(search: LessonSearch, key: LessonSearchList, code: string): LessonSearch {
  const current = (search[key] ?? []) as string[];
  const next = current.includes(code) ? current.filter((value) => value !== code) : [...current, code];
  return { ...search, [key]: next.length > 0 ? next : undefined };
}

/** The contribution form's parameters: the partnership the lesson comes from, e.g. /lessons/new?partnership=<id>. */
export interface ContributeSearch {
  partnership?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateContributeSearch(raw: Record<string, unknown>): ContributeSearch {
  return typeof raw.partnership === 'string' && UUID.test(raw.partnership) ? { partnership: raw.partnership } : {};
}
