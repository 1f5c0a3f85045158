import type { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { FactorHealth, HealthStatus, PhaseReadiness } from './health-evaluation.js';
import { isPhaseReached } from './phases.js';

const MET: readonly HealthStatus[] = ['STRONG', 'ADEQUATE'];

/** WEAK or MISSING factors, MISSING first, then in the framework's order. */
export function weakestOf(factors: readonly FactorHealth[]): SuccessFactor[] {
  return [...factors.filter((f) => f.status === 'MISSING'), ...factors.filter((f) => f.status === 'WEAK')].map((f) => f.factor);
}

/**
 * How far the factors expected by `phase` are met (STRONG or ADEQUATE). Ready when none of
 * them is WEAK or MISSING: a single gap blocks, so the list of what blocks is the to-do list.
 * `factors` must have been judged for `phase`; factors that show early (STRONG before they are
 * expected) do not count.
 */
export function readinessOf(phase: Phase, factors: readonly FactorHealth[]): PhaseReadiness {
  const expected = factors.filter((f) => isPhaseReached(phase, f.expectedFrom));
  const met = expected.filter((f) => MET.includes(f.status)).length;
  const blocking = weakestOf(expected);
  return {
    phase,
    expected: expected.length,
    met,
    score: expected.length === 0 ? 1 : Math.round((met / expected.length) * 1000) / 1000,
    ready: blocking.length === 0,
    blocking,
  };
}
