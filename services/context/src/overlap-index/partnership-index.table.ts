import type { Generated, Selectable } from 'kysely';

export interface PartnershipIndexTable {
  partnership_id: string;
  /** The partnership's version this row reflects; only a newer event replaces it. */
  version: number;
  name: string;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdg_targets: string[];
  phase: string;
  status: string;
  indexed_at: Generated<Date>;
}

export type PartnershipIndexRow = Selectable<PartnershipIndexTable>;
