import type { Viewer } from '@msp-atlas/access';
import { grantsOfAccount } from './account-grants.js';
import type { AccountWithRoles } from './account.repository.js';
import type { Account } from './account.type.js';

/** E-mail addresses are personal data: only the account itself and administrators see them. */
export function toAccount(row: AccountWithRoles, viewer: Viewer): Account {
  const mayReadEmail = viewer.accountId === row.id || viewer.isAdmin;
  return {
    id: row.id,
    name: row.name,
    email: mayReadEmail ? row.email : null,
    isAdmin: row.is_admin,
    curatorCountries: row.curator_countries,
    grants: grantsOfAccount(row).map((grant) => ({ role: grant.role, countries: grant.countries ? [...grant.countries] : null, scope: grant.scope ?? null })),
  };
}
