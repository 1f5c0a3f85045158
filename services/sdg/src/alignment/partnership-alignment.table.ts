import type { ColumnType, Generated, Selectable } from 'kysely';
import type { StoredSuggestion } from './stored-suggestion.js';

type Json<T> = ColumnType<T, string, string>;

export interface PartnershipAlignmentTable {
  partnership_id: string;
  /** The registry version of the partnership this row reflects; only a newer event replaces it. */
  partnership_version: number;
  name: string;
  countries: string[];
  regions: string[];
  phase: string;
  status: string;
  declared_targets: string[];
  /** Whether the record says more than its name (summary, description, objectives). */
  described: boolean;
  /** What the classifier found in the partnership's own text, best first. */
  suggestions: Json<StoredSuggestion[]>;
  computed_at: Generated<Date>;
}

export type PartnershipAlignmentRow = Selectable<PartnershipAlignmentTable>;
