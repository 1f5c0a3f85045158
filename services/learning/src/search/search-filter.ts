import { knownCodes } from '@msp-atlas/validation';
import { isLessonLanguage } from '../lesson/lesson-languages.js';
import { LessonKind } from '../lesson/lesson-kind.js';
import { TagPrefix } from '../lesson/lesson-tags.js';
import { optionalPartnershipId, tagCodes } from '../lesson/lesson.validation.js';
import type { LessonFilter } from './lesson-filter.input.js';

/** A filter checked: the prefixed tags every lesson must carry, and a partnership. */
export interface SearchFilter {
  tags: string[];
  partnershipId: string | null;
}

export function searchFilter(filter: LessonFilter | null | undefined): SearchFilter {
  if (!filter) return { tags: [], partnershipId: null };
  const codes = tagCodes(filter, 'filter');
  const kinds = new Set<string>(Object.values(LessonKind));
  const kindCodes = knownCodes(filter.kinds, 'filter.kinds', (code) => kinds.has(code), 'lesson kind');
  const languages = knownCodes(filter.languages, 'filter.languages', isLessonLanguage, 'language', (code) => code.trim().toLowerCase());
  return {
    tags: [
      ...kindCodes.map((code) => TagPrefix.kind + code),
      ...languages.map((code) => TagPrefix.language + code),
      ...codes.phases.map((code) => TagPrefix.phase + code),
      ...codes.successFactors.map((code) => TagPrefix.successFactor + code),
      // A target's goal comes along: every lesson tagged with the target carries its goal too.
      ...codes.sdgGoals.map((code) => TagPrefix.sdgGoal + code),
      ...codes.sdgTargets.map((code) => TagPrefix.sdgTarget + code),
      ...codes.countries.map((code) => TagPrefix.country + code),
      ...codes.sectors.map((code) => TagPrefix.sector + code),
    ],
    partnershipId: optionalPartnershipId(filter.partnershipId, 'filter.partnershipId'),
  };
}
