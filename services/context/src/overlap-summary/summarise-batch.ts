import { appendTypedEvents } from '@msp-atlas/event-contracts';
import type { Db } from '../database.js';
import { allOverlapsOfPartnership } from '../overlaps/find-overlaps.js';
import { currentOverlapIds, overlapFiguresOf, sameFigures, type OverlapFigures } from './overlap-figures.js';
import { markNeighbours, oldestQueued, unqueueIfUnchanged, type QueuedPartnership } from './overlap-summary-queue.repository.js';
import { lockedSummary, writeSummary } from './overlap-summary.repository.js';

/**
 * Neighbours marked once a re-indexed partnership is summarised: its best-scored
 * candidates now, and those it overlapped before, since their counts may move too.
 */
export const NEIGHBOURS_MARKED = 50;

export interface BatchOutcome {
  /** Partnerships taken off the queue. */
  summarised: number;
  /** Of those, the ones whose figures changed (one PartnershipOverlapsChanged each). */
  changed: number;
}

interface Computed {
  entry: QueuedPartnership;
  /** Null when the index does not hold the partnership (any more, or not yet during a rebuild). */
  figures: OverlapFigures | null;
  overlapIds: string[];
  candidates: string[];
}

/**
 * Summarises up to `limit` queued partnerships: the overlaps are worked out before the
 * transaction (the slow part, holding no lock); the transaction then takes each one off
 * the queue only if it was not marked again meanwhile (else the next batch sees it with
 * the newer index), upserts its summary and, when the figures changed, appends
 * PartnershipOverlapsChanged with the summary's new version.
 */
export async function summariseBatch(db: Db, limit: number): Promise<BatchOutcome> {
  const queued = await oldestQueued(db, limit);
  if (queued.length === 0) return { summarised: 0, changed: 0 };
  const computed: Computed[] = [];
  for (const entry of queued) {
    const scored = await allOverlapsOfPartnership(db, entry.partnershipId);
    computed.push({
      entry,
      figures: scored && overlapFiguresOf(scored),
      overlapIds: scored ? currentOverlapIds(scored) : [],
      candidates: (scored ?? []).slice(0, NEIGHBOURS_MARKED).map((overlap) => overlap.partnershipId),
    });
  }
  // Counted in this batch already, from an index that holds every queued change.
  const inBatch = new Set(queued.map((entry) => entry.partnershipId));
  return db.transaction().execute(async (trx) => {
    const outcome: BatchOutcome = { summarised: 0, changed: 0 };
    for (const { entry, figures, overlapIds, candidates } of computed) {
      if (!(await unqueueIfUnchanged(trx, entry))) continue;
      outcome.summarised++;
      if (!figures) continue;
      const stored = await lockedSummary(trx, entry.partnershipId);
      if (entry.withNeighbours) {
        await markNeighbours(
          trx,
          [...(stored?.overlap_ids ?? []), ...candidates].filter((id) => !inBatch.has(id)),
        );
      }
      const changed = !stored || !sameFigures(figures, { overlaps: stored.overlaps, duplicates: stored.duplicates, strongestScore: stored.strongest_score });
      const version = (stored?.version ?? 0) + (changed ? 1 : 0);
      await writeSummary(trx, entry.partnershipId, figures, overlapIds, version);
      if (!changed) continue;
      outcome.changed++;
      await appendTypedEvents(trx, 'context', [
        {
          type: 'PartnershipOverlapsChanged',
          aggregateId: entry.partnershipId,
          aggregateVersion: version,
          payload: { partnershipId: entry.partnershipId, ...figures },
        },
      ]);
    }
    return outcome;
  });
}
