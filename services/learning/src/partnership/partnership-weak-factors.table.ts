import type { ColumnType, Selectable } from 'kysely';

/** The health check's weakest factors of a partnership, as its latest PartnershipHealthChanged told them. */
export interface PartnershipWeakFactorsTable {
  partnership_id: string;
  health_version: number;
  phase: string;
  /** Written as the event's ISO date; kept to tell how current the factors are. */
  evaluated_on: ColumnType<Date, string, string>;
  /** Weakest first. */
  weakest_factors: string[];
}

export type PartnershipWeakFactorsRow = Selectable<PartnershipWeakFactorsTable>;
