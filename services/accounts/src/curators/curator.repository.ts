import type { IdentityDb } from '../database.js';
import { accountWithRolesColumns, type AccountWithRoles } from '../account/account.repository.js';

export async function appointCurator(db: IdentityDb, accountId: string, countries: readonly string[], appointedBy: string): Promise<void> {
  if (countries.length === 0) return;
  await db
    .insertInto('curator_appointments')
    .values(countries.map((country) => ({ account_id: accountId, country, appointed_by: appointedBy })))
    .onConflict((c) => c.columns(['account_id', 'country']).doNothing())
    .execute();
}

export async function dismissCurator(db: IdentityDb, accountId: string, countries: readonly string[]): Promise<void> {
  if (countries.length === 0) return;
  await db.deleteFrom('curator_appointments').where('account_id', '=', accountId).where('country', 'in', countries).execute();
}

/** Accounts curating the country, or any country when none is given; by name. */
export function findCurators(db: IdentityDb, country: string | null): Promise<AccountWithRoles[]> {
  let query = db
    .selectFrom('accounts as a')
    .select(accountWithRolesColumns())
    .where((eb) => {
      const appointments = eb.selectFrom('curator_appointments as c').select('c.account_id').whereRef('c.account_id', '=', 'a.id');
      return eb.exists(country ? appointments.where('c.country', '=', country) : appointments);
    });
  query = query.orderBy('a.name').orderBy('a.id');
  return query.execute();
}
