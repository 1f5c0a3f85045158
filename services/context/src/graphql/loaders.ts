import DataLoader from 'dataloader';
import { isUuid } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import type { OverlapHealthSignal } from '../overlap-summary/overlap-health-signal.type.js';
import { summariesByIds } from '../overlap-summary/overlap-summary.repository.js';

export interface Loaders {
  /** Batched: the gateway asks for many partnerships' signals in one _entities call. */
  overlapHealthSignal: DataLoader<string, OverlapHealthSignal | null>;
}

export function createLoaders(db: Db): Loaders {
  return {
    overlapHealthSignal: new DataLoader(async (ids) => {
      const rows = await summariesByIds(db, ids.filter(isUuid));
      const found = new Map(
        rows.map((row) => [
          row.partnership_id,
          { overlaps: row.overlaps, duplicates: row.duplicates, strongestScore: row.strongest_score, computedAt: row.computed_at },
        ]),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
