import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { ageingOutOn, isWithinMonths } from '../dates.js';
import type { HealthEvidence } from '../health-evaluation.js';
import type { HealthSignals, SelfScore } from '../health-signals.js';
import { evidence } from './evidence.js';

/** A self score counts as the members' current view for this long; older ones are shown but not used. */
export const SELF_SCORE_RECENT_MONTHS = 12;

/** The factor's latest self score when it is recent enough to stand for data, with its evidence and expiry. */
export function recentSelfScore(signals: HealthSignals, factor: SuccessFactor): { score: SelfScore; evidence: HealthEvidence; agesOutOn: string } | null {
  const score = signals.selfScores[factor];
  if (!score || !isWithinMonths(score.assessedOn, signals.today, SELF_SCORE_RECENT_MONTHS)) return null;
  return {
    score,
    evidence: evidence('selfAssessments', score.score, `Members scored this ${score.score} of 5 on ${score.assessedOn}.`),
    agesOutOn: ageingOutOn(score.assessedOn, SELF_SCORE_RECENT_MONTHS),
  };
}
