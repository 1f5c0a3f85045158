import type { ColumnType, Selectable } from 'kysely';

/** One row per summarised partnership: its current overlaps as last counted. */
export interface OverlapSummariesTable {
  partnership_id: string;
  overlaps: number;
  duplicates: number;
  /** 0..1, rounded to two decimals; null when it overlaps nothing. */
  strongest_score: number | null;
  computed_at: Date;
  /** Moves by one each time the figures change: the PartnershipOverlapsChanged aggregate version. */
  version: number;
  /** The partnerships counted, so they are marked again when this one changes. */
  overlap_ids: ColumnType<string[], string[] | undefined, string[]>;
}

export type OverlapSummaryRow = Selectable<OverlapSummariesTable>;

/** Partnerships whose overlap figures may have changed since their summary was made. */
export interface OverlapSummaryQueueTable {
  partnership_id: string;
  /** Taken from a sequence at each marking (bigint comes back as a string). */
  mark: ColumnType<string, never, never>;
  /** Set when the partnership itself was (re)indexed: once summarised, those around it are marked too. */
  with_neighbours: ColumnType<boolean, boolean | undefined, boolean>;
}
