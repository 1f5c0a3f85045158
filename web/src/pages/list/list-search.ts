import { isCountryCode } from '@msp-atlas/reference-data';
import { compareSdgCodes, isSdgGoalCode } from '@msp-atlas/sdg-framework/goals';
import type { OrganizationType, PartnershipStatus, Phase } from '../../api/schema-types';
import { ORGANIZATION_TYPE_CODES } from '../../labels/organization-type-labels';
import { PHASE_CODES } from '../../labels/phase-labels';
import { STATUS_CODES } from '../../labels/status-labels';
import { NO_FILTERS, type ListFilters } from './list-filters';

/**
 * The list page's search parameters as the URL holds them: short keys, stable enough
 * to bookmark, only what is set. e.g. ?q=water&country=KEN&phase=DESIGN&status=ACTIVE&type=ACADEMIA&goals=6,7&records=real
 */
export interface ListSearch {
  q?: string;
  country?: string;
  phase?: Phase;
  status?: PartnershipStatus;
  type?: OrganizationType;
  goals?: string[];
  records?: 'real' | 'demo';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** The list route's validateSearch: drops anything that is not a known code. */
export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const country = text(raw.country).toUpperCase();
  const goals = [...new Set(text(raw.goals).split(',').filter(isSdgGoalCode))].sort(compareSdgCodes);
  const search: ListSearch = {
    q: text(raw.q) || undefined,
    country: isCountryCode(country) ? country : undefined,
    phase: oneOf(raw.phase, PHASE_CODES),
    status: oneOf(raw.status, STATUS_CODES),
    type: oneOf(raw.type, ORGANIZATION_TYPE_CODES),
    goals: goals.length > 0 ? goals : undefined,
    records: oneOf(raw.records, ['real', 'demo'] as const),
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));
}

export function filtersFromSearch(search: ListSearch): ListFilters {
  return {
    search: search.q ?? '',
    country: search.country ?? '',
    phase: search.phase ?? '',
    status: search.status ?? '',
    stakeholderType: search.type ?? '',
    goals: search.goals ?? [],
    records: search.records ?? NO_FILTERS.records,
  };
}

export function searchFromFilters(filters: ListFilters): ListSearch {
  return validateListSearch({
    q: filters.search,
    country: filters.country,
    phase: filters.phase,
    status: filters.status,
    type: filters.stakeholderType,
    goals: filters.goals.join(','),
    records: filters.records,
  });
}
