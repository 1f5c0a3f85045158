import type { OrganizationType, PartnershipStatus, Phase } from '../../api/schema-types';

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

/** How many criteria narrow the list (all chosen goals count as one). */
export function countActiveFilters(filters: ListFilters): number {
  return [
    filters.search !== '',
    filters.country !== '',
    filters.phase !== '',
    filters.status !== '',
    filters.stakeholderType !== '',
    filters.goals.length > 0,
    filters.records !== 'all',
  ].filter(Boolean).length;
}

export function hasActiveFilters(filters: ListFilters): boolean {
  return countActiveFilters(filters) > 0;
}
