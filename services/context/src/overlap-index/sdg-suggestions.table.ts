import type { ColumnType, Selectable } from 'kysely';

export interface SuggestedTarget {
  target: string;
  score: number;
}

/** The SDG service's suggested targets per partnership (from `SdgAlignmentChanged`). */
export interface PartnershipSdgSuggestionsTable {
  partnership_id: string;
  /** The alignment aggregate's version; only a newer event replaces the row. */
  alignment_version: number;
  suggested_targets: ColumnType<SuggestedTarget[], string, string>;
}

export type PartnershipSdgSuggestionsRow = Selectable<PartnershipSdgSuggestionsTable>;
