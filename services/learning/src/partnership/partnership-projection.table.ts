import type { Generated, Selectable } from 'kysely';

/** What the learning service keeps of each partnership, from the partnerships service's events. */
export interface PartnershipProjectionTable {
  partnership_id: string;
  version: number;
  name: string;
  phase: string;
  status: string;
  countries: string[];
  sectors: string[];
  sdg_targets: string[];
  is_demo: boolean;
  projected_at: Generated<Date>;
}

export type PartnershipProjectionRow = Selectable<PartnershipProjectionTable>;
