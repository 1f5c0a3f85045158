import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { HealthSignals, HealthSource, HealthStatus, NextStepCode } from '../../src/index.js';

/** One expectation of the rule table: on these signals, this factor has this status, evidence and next step. */
export interface FactorCase {
  factor: SuccessFactor;
  name: string;
  signals: HealthSignals;
  status: HealthStatus;
  nextStep: NextStepCode | null;
  /** Evidence that must be shown: field -> value. */
  evidence?: Record<string, string>;
  /** The source, when it is not the rule's own. */
  source?: HealthSource;
  summary?: RegExp;
}
