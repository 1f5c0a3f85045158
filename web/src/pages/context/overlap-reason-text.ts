import type { TFunction } from 'i18next';
import { countryName } from '../../reference/country-options';

export interface ReasonLike {
  kind: string;
  codes: string[];
  passage: string | null;
  matchedPassage: string | null;
  organizations: { id: string; name: string | null }[];
}

/** One reason as a sentence in the reader's language, from its kind and codes. */
export function overlapReasonText(t: TFunction, reason: ReasonLike): string {
  const list = reason.codes.join(', ');
  switch (reason.kind) {
    case 'SHARED_TARGETS':
      return t('context.reason.sharedTargets', { codes: list, count: reason.codes.length });
    case 'SHARED_GOALS':
      return t('context.reason.sharedGoals', { codes: list, count: reason.codes.length });
    case 'SHARED_COUNTRIES':
      return t('context.reason.sharedCountries', { names: reason.codes.map(countryName).join(', ') });
    case 'SHARED_REGIONS':
      return t('context.reason.sharedRegions', { codes: list });
    case 'DIFFERENT_SCOPE':
      return t('context.reason.differentScope', { theirs: t(`scope.${reason.codes[0]}`), ours: t(`scope.${reason.codes[1]}`) });
    case 'SHARED_SECTORS':
      return t('context.reason.sharedSectors', { codes: list });
    case 'SHARED_ORGANIZATIONS':
      return t('context.reason.sharedOrganizations', { names: reason.organizations.map((organization) => organization.name ?? organization.id).join(', ') });
    case 'SAME_LEAD':
      return t('context.reason.sameLead', { names: reason.organizations.map((organization) => organization.name ?? organization.id).join(', ') });
    case 'SIMILAR_NAME':
      return t('context.reason.similarName');
    case 'MATCHING_TEXT':
      return t('context.reason.matchingText', { passage: reason.passage, matched: reason.matchedPassage });
    case 'CLOSE_START_DATE':
      return t('context.reason.closeStartDate', { date: reason.codes[0] });
    case 'PAST_INITIATIVE':
      return t('context.reason.pastInitiative', { status: t(`status.${reason.codes[0]}`) });
    default:
      return reason.kind;
  }
}
