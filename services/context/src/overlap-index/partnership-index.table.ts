import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface PartnershipIndexTable {
  partnership_id: string;
  /** The partnership's version this row reflects; only a newer event replaces it. */
  version: number;
  name: string;
  summary: string;
  description: string;
  objectives: string[];
  scope: string;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdg_targets: string[];
  phase: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  is_demo: boolean;
  organization_ids: string[];
  /** Initiators and core group: who leads it. */
  lead_organization_ids: string[];
  /** Amount per ISO 4217 currency, summed over stakeholders. */
  funding: ColumnType<Record<string, number>, string, string>;
  person_days: number;
  /** The terms of name, summary, description and objectives, in order. */
  text_terms: string[];
  indexed_at: Generated<Date>;
}

export type PartnershipIndexRow = Selectable<PartnershipIndexTable>;
export type PartnershipIndexInsert = Insertable<PartnershipIndexTable>;
