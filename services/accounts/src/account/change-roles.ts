import { recordAccessChange } from '../access-changes/access-change.repository.js';
import type { IdentityDb } from '../database.js';
import { grantsOfAccount } from './account-grants.js';
import { findAccountWithRoles, type AccountWithRoles } from './account.repository.js';

/**
 * Applies a role change and publishes the account's new grants on the access feed in
 * one transaction: gateways forward them from their next poll on, even with tokens
 * issued before (see README, "Access feed").
 */
export function changeRoles(db: IdentityDb, accountId: string, change: (trx: IdentityDb) => Promise<void>): Promise<AccountWithRoles> {
  return db.transaction().execute(async (trx) => {
    await change(trx);
    const account = (await findAccountWithRoles(trx, accountId))!;
    await recordAccessChange(trx, { kind: 'grants-changed', subject: accountId, grants: grantsOfAccount(account) });
    return account;
  });
}
