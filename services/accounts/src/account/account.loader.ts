import DataLoader from 'dataloader';
import { sql } from '@msp-atlas/db';
import { isUuid } from '@msp-atlas/federation';
import type { IdentityDb } from '../database.js';
import { accountWithRolesColumns, type AccountWithRoles } from './account.repository.js';

/** Accounts by id, one statement per request however many other services refer to. */
export function createAccountLoader(db: IdentityDb): DataLoader<string, AccountWithRoles | null> {
  return new DataLoader(async (ids) => {
    // Other services send whatever id they hold; only well-formed UUIDs reach the query.
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length
      ? await db
          .selectFrom('accounts as a')
          .select(accountWithRolesColumns())
          .where('a.id', '=', sql<string>`any(${sql.val(wellFormed)}::uuid[])`)
          .execute()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
