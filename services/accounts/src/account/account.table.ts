import type { Generated, Selectable } from 'kysely';

export interface AccountTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  is_admin: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface ExternalIdentityTable {
  issuer: string;
  subject: string;
  account_id: string;
  linked_at: Generated<Date>;
}

export type AccountRow = Selectable<AccountTable>;
