import { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { isCountryCode, isSectorCode } from '@msp-atlas/reference-data';
import { goalCodeOf, isSdgGoalCode, isSdgTargetCode } from '@msp-atlas/sdg-framework';
import { badUserInput, isUuid } from '@msp-atlas/federation';
import { knownCodes, optionalText, requiredText } from '@msp-atlas/validation';
import { isLessonLanguage } from './lesson-languages.js';
import { LessonKind } from './lesson-kind.js';
import type { LessonTags } from './lesson-tags.js';

export const MAX_TITLE_LENGTH = 200;
/** 200 KB of UTF-8; the platform's argument guard stops anything over 100,000 characters before. */
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_NOTE_LENGTH = 2_000;
const MAX_TAGS_PER_KIND = 30;

const phases = new Set<string>(Object.values(Phase));
const factors = new Set<string>(Object.values(SuccessFactor));
const kinds = new Set<string>(Object.values(LessonKind));

export function lessonTitle(value: string | null | undefined, field = 'input.title'): string {
  return requiredText(value, field, MAX_TITLE_LENGTH);
}

export function lessonBody(value: string | null | undefined, field = 'input.body'): string {
  const body = value?.trim() ?? '';
  if (body === '') throw badUserInput('Must not be empty', field);
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) throw badUserInput(`At most ${MAX_BODY_BYTES / 1024} KB`, field);
  return body;
}

export function moderationNote(value: string | null | undefined, field: string, required: boolean): string | null {
  const note = required ? requiredText(value, field, MAX_NOTE_LENGTH) : optionalText(value, field, MAX_NOTE_LENGTH);
  return note === '' ? null : note;
}

export function lessonKind(value: string | null | undefined, field = 'input.kind'): string {
  if (!value || !kinds.has(value)) throw badUserInput(`Unknown lesson kind "${value ?? ''}"`, field);
  return value;
}

export function lessonLanguage(value: string | null | undefined, field = 'input.language'): string {
  const code = value?.trim().toLowerCase() ?? '';
  if (!isLessonLanguage(code)) throw badUserInput(`Unsupported language "${value ?? ''}"`, field);
  return code;
}

export function optionalPartnershipId(value: string | null | undefined, field = 'input.partnershipId'): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isUuid(value)) throw badUserInput('Not a partnership id', field);
  return value;
}

function limited(values: readonly string[] | null | undefined, field: string): readonly string[] | null | undefined {
  if (values && values.length > MAX_TAGS_PER_KIND) throw badUserInput(`At most ${MAX_TAGS_PER_KIND}`, field);
  return values;
}

export interface TagInput {
  phases?: readonly string[] | null;
  successFactors?: readonly string[] | null;
  sdgGoals?: readonly string[] | null;
  sdgTargets?: readonly string[] | null;
  countries?: readonly string[] | null;
  sectors?: readonly string[] | null;
}

/** The tag lists, codes checked; a target's goal is added to the goals, so a filter on the goal finds it. */
export function tagCodes(input: TagInput, prefix = 'input'): Omit<LessonTags, 'kind' | 'language'> {
  const phaseCodes = knownCodes(limited(input.phases, `${prefix}.phases`), `${prefix}.phases`, (code) => phases.has(code), 'phase');
  const factorCodes = knownCodes(
    limited(input.successFactors, `${prefix}.successFactors`),
    `${prefix}.successFactors`,
    (code) => factors.has(code),
    'success factor',
  );
  const asIs = (code: string) => code.trim().toLowerCase();
  const targets = knownCodes(limited(input.sdgTargets, `${prefix}.sdgTargets`), `${prefix}.sdgTargets`, isSdgTargetCode, 'SDG target', asIs);
  const goals = knownCodes(limited(input.sdgGoals, `${prefix}.sdgGoals`), `${prefix}.sdgGoals`, isSdgGoalCode, 'SDG goal', (code) => code.trim());
  for (const target of targets) {
    const goal = goalCodeOf(target);
    if (goal && !goals.includes(goal)) goals.push(goal);
  }
  const countries = knownCodes(limited(input.countries, `${prefix}.countries`), `${prefix}.countries`, isCountryCode, 'country');
  const sectors = knownCodes(limited(input.sectors, `${prefix}.sectors`), `${prefix}.sectors`, isSectorCode, 'sector', (code) => code.trim());
  return { phases: phaseCodes, successFactors: factorCodes, sdgGoals: goals, sdgTargets: targets, countries, sectors };
}
