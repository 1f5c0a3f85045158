import { Phase } from '@msp-atlas/msp-vocabulary';

/** The life-cycle phases in order. */
export const PHASE_ORDER: readonly Phase[] = [Phase.INITIATION, Phase.DESIGN, Phase.IMPLEMENTATION, Phase.FURTHER_DEVELOPMENT];

export function phaseIndex(phase: Phase): number {
  return PHASE_ORDER.indexOf(phase);
}

/** True when `phase` is `from` or later. */
export function isPhaseReached(phase: Phase, from: Phase): boolean {
  return phaseIndex(phase) >= phaseIndex(from);
}

export function nextPhaseOf(phase: Phase): Phase | null {
  return PHASE_ORDER[phaseIndex(phase) + 1] ?? null;
}

/** Phase names in plain words for summaries. */
export const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  INITIATION: 'initiation',
  DESIGN: 'design',
  IMPLEMENTATION: 'implementation',
  FURTHER_DEVELOPMENT: 'further development',
};
