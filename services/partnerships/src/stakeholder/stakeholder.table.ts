import type { Generated, Selectable } from 'kysely';

export interface StakeholderTable {
  id: Generated<string>;
  partnership_id: string;
  organization_id: string;
  roles: string[];
  commitment: string;
  joined_at: Generated<Date>;
}

export interface ContributionTable {
  id: Generated<string>;
  stakeholder_id: string;
  position: number;
  kind: string;
  description: string;
  amount: number | null;
  currency: string | null;
  person_days: number | null;
}

export type StakeholderRow = Selectable<StakeholderTable>;
export type ContributionRow = Selectable<ContributionTable>;
