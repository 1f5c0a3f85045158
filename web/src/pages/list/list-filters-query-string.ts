import { isCountryCode } from '@msp-atlas/reference-data';
import { compareSdgCodes, isSdgGoalCode } from '@msp-atlas/sdg-framework';
import { ORGANIZATION_TYPE_CODES } from '../../labels/organization-type-labels';
import { PHASE_CODES } from '../../labels/phase-labels';
import { STATUS_CODES } from '../../labels/status-labels';
import { NO_FILTERS, type ListFilters } from './list-filters';

// Query-string keys: short, readable, and stable enough to bookmark.
// e.g. ?q=water&country=KEN&phase=DESIGN&status=ACTIVE&type=ACADEMIA&goals=6,7&records=real

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads filters from a query string, dropping anything that is not a known code. */
export function parseListFilters(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const country = params.get('country')?.toUpperCase() ?? '';
  const goals = (params.get('goals') ?? '')
    .split(',')
    .filter((code) => isSdgGoalCode(code))
    .sort(compareSdgCodes);
  const records = params.get('records');
  return {
    search: params.get('q')?.trim() ?? '',
    country: isCountryCode(country) ? country : '',
    phase: oneOf(params.get('phase'), PHASE_CODES),
    status: oneOf(params.get('status'), STATUS_CODES),
    stakeholderType: oneOf(params.get('type'), ORGANIZATION_TYPE_CODES),
    goals: [...new Set(goals)],
    records: records === 'real' || records === 'demo' ? records : NO_FILTERS.records,
  };
}

/** The query string (with its `?`, or empty) that holds these filters. */
export function listFiltersToQueryString(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.country) params.set('country', filters.country);
  if (filters.phase) params.set('phase', filters.phase);
  if (filters.status) params.set('status', filters.status);
  if (filters.stakeholderType) params.set('type', filters.stakeholderType);
  if (filters.goals.length > 0) params.set('goals', filters.goals.join(','));
  if (filters.records !== 'all') params.set('records', filters.records);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
