import { isCountryCode } from '@msp-atlas/reference-data';
import type { HealthOverviewFilter, HealthOverviewGrouping, HealthStatus, Phase, SuccessFactor } from '../../api/schema-types';
import { HEALTH_STATUS_CODES } from '../../labels/health-status-labels';
import { PHASE_CODES } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_CODES } from '../../labels/success-factor-labels';

/**
 * The national overview's parameters as the URL holds them, so a view can be shared:
 * /health?groupBy=COUNTRY&country=KEN,UGA&phase=DESIGN&demo=no. Unknown codes are dropped.
 */
export interface HealthOverviewSearch {
  groupBy?: HealthOverviewGrouping;
  country?: string[];
  phase?: Phase[];
  /** `no` leaves the demo records out; they count otherwise. */
  demo?: 'no';
}

/** The partnerships one heatmap cell counts: /health/partnerships?factor=TRUST&statuses=WEAK,MISSING&groupBy=PHASE&group=DESIGN (and the overview's filter). */
export interface HealthPartnershipsSearch extends HealthOverviewSearch {
  factor?: SuccessFactor;
  statuses?: HealthStatus[];
  group?: string;
}

/** What a heatmap cell counts: the factor is weak or missing. */
export const COUNTED_STATUSES: readonly HealthStatus[] = ['WEAK', 'MISSING'];

function list<T extends string>(value: unknown, isKnown: (code: string) => boolean, normalise = (code: string) => code.trim()): T[] | undefined {
  if (typeof value !== 'string') return undefined;
  const codes = [...new Set(value.split(',').map(normalise).filter(isKnown))] as T[];
  return codes.length > 0 ? codes : undefined;
}

const among = (codes: readonly string[]) => (code: string) => codes.includes(code);
const oneOf = <T extends string>(value: unknown, codes: readonly T[]): T | undefined => (codes.includes(value as T) ? (value as T) : undefined);
const defined = <T extends object>(search: T): T => Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;

export function validateHealthOverviewSearch(raw: Record<string, unknown>): HealthOverviewSearch {
  return defined({
    groupBy: oneOf(raw.groupBy, ['PHASE', 'COUNTRY'] as const),
    country: list(raw.country, isCountryCode, (code) => code.trim().toUpperCase()),
    phase: list<Phase>(raw.phase, among(PHASE_CODES)),
    demo: oneOf(raw.demo, ['no'] as const),
  });
}

export function validateHealthPartnershipsSearch(raw: Record<string, unknown>): HealthPartnershipsSearch {
  return defined({
    ...validateHealthOverviewSearch(raw),
    factor: oneOf(raw.factor, SUCCESS_FACTOR_CODES),
    statuses: list<HealthStatus>(raw.statuses, among(HEALTH_STATUS_CODES)),
    group: typeof raw.group === 'string' && /^[A-Z_]{2,40}$/.test(raw.group) ? raw.group : undefined,
  });
}

/** The API filter of the overview's parameters. */
export function healthFilterOf(search: HealthOverviewSearch): HealthOverviewFilter {
  return defined({ countries: search.country, phases: search.phase, includeDemo: search.demo !== 'no' });
}

/** The overview parameters that narrow what is counted, carried from the heatmap to a cell's list and back. */
export function overviewSearchOf(search: HealthOverviewSearch): HealthOverviewSearch {
  return defined({ groupBy: search.groupBy, country: search.country, phase: search.phase, demo: search.demo });
}
