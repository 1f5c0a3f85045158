import { createDatabase, migrateSchema, type Kysely } from '@msp-atlas/db';
import type { AccountTable, ExternalIdentityTable } from './account/account.table.js';
import type { CuratorAppointmentTable } from './curators/curator.table.js';
import { accountsMigrations } from './migrations/index.js';
import type { RevokedExternalTokenTable, SessionTable } from './session/session.table.js';

/** The tables of the `identity` schema, which only the gateway reads and writes. */
export interface IdentityDatabase {
  accounts: AccountTable;
  external_identities: ExternalIdentityTable;
  sessions: SessionTable;
  revoked_external_tokens: RevokedExternalTokenTable;
  curator_appointments: CuratorAppointmentTable;
}

export type IdentityDb = Kysely<IdentityDatabase>;

export const IDENTITY_SCHEMA = 'identity';

export function connectIdentityDatabase(url: string, poolSize = 5): IdentityDb {
  return createDatabase<IdentityDatabase>({ url, schema: IDENTITY_SCHEMA, applicationName: 'gateway', poolSize });
}

export async function migrateIdentity(db: IdentityDb): Promise<void> {
  await migrateSchema(db, IDENTITY_SCHEMA, accountsMigrations);
}
