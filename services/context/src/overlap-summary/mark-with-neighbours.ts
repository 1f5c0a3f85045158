import type { Trx } from '../database.js';
import { candidateIdsFor } from '../overlaps/find-overlaps.js';
import { markForSummary } from './overlap-summary-queue.repository.js';

/**
 * Neighbours marked with a (re)indexed partnership: its best candidates over its old and
 * new terms, since their counts may move too. Bounded, so indexing stays cheap.
 */
export const NEIGHBOURS_MARKED = 50;

export async function markWithNeighbours(trx: Trx, partnershipId: string, terms: readonly string[]): Promise<void> {
  const neighbours = await candidateIdsFor(trx, terms, { exclude: partnershipId, limit: NEIGHBOURS_MARKED });
  await markForSummary(trx, [partnershipId, ...neighbours]);
}
