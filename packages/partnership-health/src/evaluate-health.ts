import type { HealthEvaluation } from './health-evaluation.js';
import type { HealthSignals } from './health-signals.js';

// Placeholder while the rule table is written on the health-rules branch.
export function evaluateHealth(_signals: HealthSignals): HealthEvaluation {
  throw new Error('evaluateHealth: the rule table has not landed yet');
}
