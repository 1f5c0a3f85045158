import type { Kysely } from 'kysely';
import type { AccessChangeTable } from './access-changes/access-change.table.js';
import type { AccountTable, ExternalIdentityTable } from './account/account.table.js';
import type { CuratorAppointmentTable } from './curators/curator.table.js';
import type { ModeratorAppointmentTable } from './moderators/moderator.table.js';
import type { RevokedExternalTokenTable, SessionTable } from './session/session.table.js';

/** The tables of the `identity` schema, which only the accounts service reads and writes. */
export interface IdentityDatabase {
  accounts: AccountTable;
  external_identities: ExternalIdentityTable;
  sessions: SessionTable;
  revoked_external_tokens: RevokedExternalTokenTable;
  curator_appointments: CuratorAppointmentTable;
  moderator_appointments: ModeratorAppointmentTable;
  access_changes: AccessChangeTable;
}

export type IdentityDb = Kysely<IdentityDatabase>;

// Named before the service moved out of the gateway; kept, so existing databases keep working.
export const IDENTITY_SCHEMA = 'identity';
