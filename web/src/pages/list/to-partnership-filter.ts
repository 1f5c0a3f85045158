import type { PartnershipFilter } from '../../api/schema-types';
import type { ListFilters } from './list-filters';

/** The API filter for what the page shows; empty criteria are left out, not sent as empty lists. */
export function toPartnershipFilter(filters: ListFilters): PartnershipFilter {
  const filter: PartnershipFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.country) filter.countries = [filters.country];
  if (filters.phase) filter.phases = [filters.phase];
  if (filters.status) filter.statuses = [filters.status];
  if (filters.stakeholderType) filter.stakeholderTypes = [filters.stakeholderType];
  if (filters.goals.length > 0) filter.sdgGoals = filters.goals;
  if (filters.records !== 'all') filter.isDemo = filters.records === 'demo';
  return filter;
}
