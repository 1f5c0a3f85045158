import { GrantRole, grantsOf, type Grant } from '@msp-atlas/gateway-trust';
import type { AccountWithRoles } from './account.repository.js';

/** What the account may do, as tokens and the forwarded identity carry it. */
export function grantsOfAccount(account: AccountWithRoles): Grant[] {
  return [
    ...grantsOf({ admin: account.is_admin, curatorCountries: account.curator_countries }),
    ...account.moderator_scopes.map((scope) => ({ role: GrantRole.MODERATOR, scope })),
  ];
}
