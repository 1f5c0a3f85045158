import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { FACTOR_NAMES } from './factor-names.js';
import type { HealthGap, HealthSource, HealthStatus } from './health-evaluation.js';
import type { SelfScore } from './health-signals.js';

/** A data status on the self-assessment's 1..5 scale. */
export const DATA_SCORES: Readonly<Record<Exclude<HealthStatus, 'NOT_YET_EXPECTED'>, number>> = {
  STRONG: 5,
  ADEQUATE: 3.5,
  WEAK: 2,
  MISSING: 1,
};

/** Self score and data score this far apart (or further) make a gap. */
export const GAP_MIN_DIFFERENCE = 2;

const STATUS_WORDS: Readonly<Record<Exclude<HealthStatus, 'NOT_YET_EXPECTED'>, string>> = {
  STRONG: 'strong',
  ADEQUATE: 'adequate',
  WEAK: 'weak',
  MISSING: 'missing',
};

/**
 * Where the members' latest score and the data disagree. None when the factor is not yet
 * expected, or when the status itself came from the self score (it cannot disagree with itself).
 */
export function gapOf(factor: SuccessFactor, status: HealthStatus, source: HealthSource, selfScore: SelfScore | null): HealthGap | null {
  if (!selfScore || status === 'NOT_YET_EXPECTED' || source === 'SELF_ASSESSMENT') return null;
  const dataScore = DATA_SCORES[status];
  if (Math.abs(selfScore.score - dataScore) < GAP_MIN_DIFFERENCE) return null;
  const name = FACTOR_NAMES[factor];
  const said = `Members scored ${name} ${selfScore.score} of 5 on ${selfScore.assessedOn}`;
  return selfScore.score > dataScore
    ? {
        factor,
        kind: 'SELF_HIGHER',
        selfScore: selfScore.score,
        dataScore,
        text: `${said}, but the data shows it as ${STATUS_WORDS[status]}: the record may lack what makes it good, or the score is generous.`,
      }
    : {
        factor,
        kind: 'DATA_HIGHER',
        selfScore: selfScore.score,
        dataScore,
        text: `${said}, but the data shows it as ${STATUS_WORDS[status]}: the members see a problem the record does not show; say what it is in the note.`,
      };
}
