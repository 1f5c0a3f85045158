import type { Generated, Selectable } from 'kysely';

export interface OrganizationTable {
  id: Generated<string>;
  name: string;
  type: string;
  country_code: string | null;
  website: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type OrganizationRow = Selectable<OrganizationTable>;
