import type { Phase, SuccessFactor, SuccessFactorArea } from '@msp-atlas/msp-vocabulary';
import type { HealthEvidence, HealthSource, HealthStatus } from '../health-evaluation.js';
import type { HealthSignals } from '../health-signals.js';
import type { NextStepCode } from '../next-step-texts.js';

/** What one rule concludes from the signals, before the phase's expectations are applied. */
export interface RuleOutcome {
  status: HealthStatus;
  /** One sentence on what the data shows. */
  summary: string;
  evidence: HealthEvidence[];
  /** Null when there is nothing to do. */
  nextStep: NextStepCode | null;
  /** Set when the status was taken from the members' own score rather than from data. */
  source?: HealthSource;
  /** Dates after today on which this rule would conclude otherwise on the same data. */
  changesOn?: string[];
}

/** One row of the health table: a success factor, when it is expected, what it reads and how it judges. */
export interface HealthRule {
  factor: SuccessFactor;
  area: SuccessFactorArea;
  /** The first phase in which the factor is expected; before it, only a good result shows. */
  expectedFrom: Phase;
  /** Where the evidence comes from (a rule may answer from the self-assessment instead, see `RuleOutcome.source`). */
  source: HealthSource;
  /** The signal paths the rule reads, e.g. `registry.mouSignedOn`. */
  reads: readonly string[];
  /** Every status the rule can give (NOT_YET_EXPECTED when expectedFrom is after the first phase). */
  statuses: readonly HealthStatus[];
  /** Judges the factor for the phase in `signals.registry.phase`. */
  evaluate(signals: HealthSignals): RuleOutcome;
}
