import type { ColumnType } from 'kysely';

/** Money per ISO 4217 currency, e.g. { "EUR": 120000 }: amounts are never converted here. */
export type AmountsByCurrency = Record<string, number>;

export interface PartnershipStakeholderTable {
  partnership_id: string;
  organization_id: string;
  /** What the organisation brings to the partnership in money, per currency. */
  amounts: ColumnType<AmountsByCurrency, string, string>;
}
