import { sql } from '@msp-atlas/db';
import type { IdentityDb } from '../database.js';
import type { AccountRow } from './account.table.js';

/** An account with the roles the gateway forwards to the subgraphs. */
export interface AccountWithRoles {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  curator_countries: string[];
  /** The parts of the platform the account moderates (`learning`). */
  moderator_scopes: string[];
}

export function findAccountByEmail(db: IdentityDb, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findAccountsByIds(db: IdentityDb, ids: readonly string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute();
}

export function insertAccount(db: IdentityDb, values: { email: string; name: string; password_hash: string | null; is_admin: boolean }): Promise<AccountRow> {
  return db.insertInto('accounts').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function markAdmin(db: IdentityDb, accountId: string): Promise<void> {
  await db.updateTable('accounts').set({ is_admin: true }).where('id', '=', accountId).execute();
}

/** The account and its curator countries, in one statement. */
export function findAccountWithRoles(db: IdentityDb, accountId: string): Promise<AccountWithRoles | undefined> {
  return db.selectFrom('accounts as a').select(accountWithRolesColumns()).where('a.id', '=', accountId).executeTakeFirst();
}

/** The columns of `AccountWithRoles`, for selects over `accounts as a`: roles as sorted array columns. */
export function accountWithRolesColumns() {
  return [
    'a.id',
    'a.email',
    'a.name',
    'a.is_admin',
    sql<string[]>`array(select c.country from curator_appointments c where c.account_id = a.id order by c.country)`.as('curator_countries'),
    sql<string[]>`array(select m.scope from moderator_appointments m where m.account_id = a.id order by m.scope)`.as('moderator_scopes'),
  ] as const;
}

export function findAccountIdByExternalIdentity(db: IdentityDb, issuer: string, subject: string): Promise<string | undefined> {
  return db
    .selectFrom('external_identities')
    .select('account_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst()
    .then((row) => row?.account_id);
}

export async function linkExternalIdentity(db: IdentityDb, issuer: string, subject: string, accountId: string): Promise<void> {
  await db
    .insertInto('external_identities')
    .values({ issuer, subject, account_id: accountId })
    .onConflict((c) => c.doNothing())
    .execute();
}
