import type { SelfScore } from '@msp-atlas/partnership-health';
import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { Trx } from '../database.js';

/**
 * The members' latest self score per factor, for many partnerships. The self-assessment
 * tables come with src/self-assessment/ (branch health-registry); until they are merged
 * there are no self scores to read.
 */
export async function latestSelfScoresOf(_trx: Trx, _partnershipIds: readonly string[]): Promise<Map<string, Partial<Record<SuccessFactor, SelfScore>>>> {
  return new Map();
}
