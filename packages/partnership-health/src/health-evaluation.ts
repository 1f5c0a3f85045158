import type { Phase, SuccessFactor, SuccessFactorArea } from '@msp-atlas/msp-vocabulary';
import type { SelfScore } from './health-signals.js';

export const HealthStatus = {
  STRONG: 'STRONG',
  ADEQUATE: 'ADEQUATE',
  WEAK: 'WEAK',
  MISSING: 'MISSING',
  NOT_YET_EXPECTED: 'NOT_YET_EXPECTED',
} as const;
export type HealthStatus = (typeof HealthStatus)[keyof typeof HealthStatus];

/** Where a factor's evidence comes from. */
export const HealthSource = {
  REGISTRY: 'REGISTRY',
  SDG: 'SDG',
  CONTEXT: 'CONTEXT',
  LEARNING: 'LEARNING',
  SELF_ASSESSMENT: 'SELF_ASSESSMENT',
} as const;
export type HealthSource = (typeof HealthSource)[keyof typeof HealthSource];

/** One figure a rule read: `field` is the path on the Partnership type (or the signal) it came from. */
export interface HealthEvidence {
  field: string;
  value: string;
  text: string;
}

/** What to do next, in plain words; `code` is stable, so the web can say it in the reader's language. */
export interface HealthNextStep {
  code: string;
  text: string;
}

export const HealthGapKind = { SELF_HIGHER: 'SELF_HIGHER', DATA_HIGHER: 'DATA_HIGHER' } as const;
export type HealthGapKind = (typeof HealthGapKind)[keyof typeof HealthGapKind];

/** Where the members' own score and the data disagree by two points or more. */
export interface HealthGap {
  factor: SuccessFactor;
  kind: HealthGapKind;
  selfScore: number;
  /** The data's status on the same 1..5 scale. */
  dataScore: number;
  text: string;
}

export interface FactorHealth {
  factor: SuccessFactor;
  area: SuccessFactorArea;
  status: HealthStatus;
  /** The first phase in which the factor is expected. */
  expectedFrom: Phase;
  source: HealthSource;
  /** One sentence on what the data shows. */
  summary: string;
  evidence: HealthEvidence[];
  /** Null when there is nothing to do (STRONG). */
  nextStep: HealthNextStep | null;
  selfScore: SelfScore | null;
  gap: HealthGap | null;
}

export interface PhaseReadiness {
  phase: Phase;
  /** Factors expected by that phase. */
  expected: number;
  /** Of those, how many are STRONG or ADEQUATE. */
  met: number;
  /** met / expected, 0..1. */
  score: number;
  ready: boolean;
  /** Expected factors that are WEAK or MISSING, weakest first. */
  blocking: SuccessFactor[];
}

export interface HealthEvaluation {
  today: string;
  phase: Phase;
  /** All eighteen, in the framework's order. */
  factors: FactorHealth[];
  readiness: PhaseReadiness;
  /** Readiness for the next phase; null in the last phase. */
  nextPhaseReadiness: PhaseReadiness | null;
  /** Expected factors that are WEAK or MISSING, weakest first (MISSING before WEAK, then framework order). */
  weakestFactors: SuccessFactor[];
  gaps: HealthGap[];
  /** The first date after today on which a time-bound rule would give another result, if any. */
  reviewOn: string | null;
}
