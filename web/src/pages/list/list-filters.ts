import type { OrganizationType, PartnershipStatus, Phase } from '../../api/partnership-types';

/** What the list page filters by; mirrored one to one in the URL's query string. */
export interface ListFilters {
  search: string;
  country: string;
  phase: Phase | '';
  status: PartnershipStatus | '';
  stakeholderType: OrganizationType | '';
  goals: string[];
  records: 'all' | 'real' | 'demo';
}

export const NO_FILTERS: ListFilters = {
  search: '',
  country: '',
  phase: '',
  status: '',
  stakeholderType: '',
  goals: [],
  records: 'all',
};

export function hasActiveFilters(filters: ListFilters): boolean {
  return (
    filters.search !== '' ||
    filters.country !== '' ||
    filters.phase !== '' ||
    filters.status !== '' ||
    filters.stakeholderType !== '' ||
    filters.goals.length > 0 ||
    filters.records !== 'all'
  );
}
