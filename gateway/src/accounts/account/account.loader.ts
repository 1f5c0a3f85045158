import DataLoader from 'dataloader';
import { sql } from '@msp-atlas/db';
import type { IdentityDb } from '../database.js';
import { curatorCountries, type AccountWithRoles } from './account.repository.js';

/** Accounts by id, one statement per request however many other services refer to. */
export function createAccountLoader(db: IdentityDb): DataLoader<string, AccountWithRoles | null> {
  return new DataLoader(async (ids) => {
    // Other services send whatever id they hold; only well-formed UUIDs reach the query.
    const wellFormed = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    const rows = wellFormed.length
      ? await db
          .selectFrom('accounts as a')
          .select(['a.id', 'a.email', 'a.name', 'a.is_admin', curatorCountries()])
          .where('a.id', '=', sql<string>`any(${sql.val(wellFormed)}::uuid[])`)
          .execute()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
