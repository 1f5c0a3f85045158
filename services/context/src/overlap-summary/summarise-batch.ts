import { appendTypedEvents } from '@msp-atlas/event-contracts';
import type { Db } from '../database.js';
import { allOverlapsOfPartnership } from '../overlaps/find-overlaps.js';
import { overlapFiguresOf, sameFigures, type OverlapFigures } from './overlap-figures.js';
import { oldestQueued, unqueueIfUnchanged } from './overlap-summary-queue.repository.js';
import { lockedSummary, writeSummary } from './overlap-summary.repository.js';

export interface BatchOutcome {
  /** Partnerships taken off the queue. */
  summarised: number;
  /** Of those, the ones whose figures changed (one PartnershipOverlapsChanged each). */
  changed: number;
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
  const computed: { entry: (typeof queued)[number]; figures: OverlapFigures | null }[] = [];
  for (const entry of queued) {
    const scored = await allOverlapsOfPartnership(db, entry.partnershipId);
    computed.push({ entry, figures: scored && overlapFiguresOf(scored) });
  }
  return db.transaction().execute(async (trx) => {
    const outcome: BatchOutcome = { summarised: 0, changed: 0 };
    for (const { entry, figures } of computed) {
      if (!(await unqueueIfUnchanged(trx, entry))) continue;
      outcome.summarised++;
      // Not in the index (any more, or not yet during a rebuild): nothing to count from.
      if (!figures) continue;
      const stored = await lockedSummary(trx, entry.partnershipId);
      const changed = !stored || !sameFigures(figures, { overlaps: stored.overlaps, duplicates: stored.duplicates, strongestScore: stored.strongest_score });
      const version = (stored?.version ?? 0) + (changed ? 1 : 0);
      await writeSummary(trx, entry.partnershipId, figures, version);
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
