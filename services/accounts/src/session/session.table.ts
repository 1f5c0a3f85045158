import type { Generated, Selectable } from 'kysely';

export interface SessionTable {
  id: Generated<string>;
  account_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface RevokedExternalTokenTable {
  token_id: string;
  expires_at: Date;
}

export type SessionRow = Selectable<SessionTable>;
