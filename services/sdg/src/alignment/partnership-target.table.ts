import type { ColumnType } from 'kysely';
import type { AmountsByCurrency } from './partnership-stakeholder.table.js';

/** A target a partnership declares or its text evidences, with the partnership's place and state. */
export interface PartnershipTargetTable {
  partnership_id: string;
  target_code: string;
  goal: number;
  declared: boolean;
  /** The classifier's score when the text evidences the target, else null. */
  score: number | null;
  countries: string[];
  regions: string[];
  phase: string;
  status: string;
  organization_ids: string[];
  /** The partnership's money, all its stakeholders together, per currency. */
  amounts: ColumnType<AmountsByCurrency, string, string>;
}
