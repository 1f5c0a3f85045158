import type { SuccessFactor, SuccessFactorArea } from '@msp-atlas/msp-vocabulary';
import type { FactorHealth, HealthStatus } from './health-evaluation.js';

/** Worst first; NOT_YET_EXPECTED only counts when nothing in the area is expected yet. */
const SEVERITY: readonly HealthStatus[] = ['MISSING', 'WEAK', 'ADEQUATE', 'STRONG', 'NOT_YET_EXPECTED'];

export interface AreaHealth {
  area: SuccessFactorArea;
  factors: SuccessFactor[];
  worstStatus: HealthStatus;
}

/** The areas in the framework's order, each with its factors and its worst status. */
export function areasOf(factors: readonly FactorHealth[]): AreaHealth[] {
  const areas = new Map<SuccessFactorArea, FactorHealth[]>();
  for (const factor of factors) areas.set(factor.area, [...(areas.get(factor.area) ?? []), factor]);
  return [...areas].map(([area, members]) => ({
    area,
    factors: members.map((m) => m.factor),
    // biome-ignore lint/style/noNonNullAssertion: SEVERITY lists every status, so the status of some member is found
    worstStatus: SEVERITY.find((status) => members.some((m) => m.status === status))!,
  }));
}
