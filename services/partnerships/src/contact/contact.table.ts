import type { Generated, Selectable } from 'kysely';

export interface PartnershipContactTable {
  id: Generated<string>;
  partnership_id: string;
  position: number;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
}

export type PartnershipContactRow = Selectable<PartnershipContactTable>;
