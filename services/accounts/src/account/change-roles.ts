import { recordAccessChange } from '../access-changes/access-change.repository.js';
import type { AccountsServices } from '../accounts-services.js';
import type { IdentityDb } from '../database.js';
import { grantsOfAccount } from './account-grants.js';
import { findAccountWithRoles, type AccountWithRoles } from './account.repository.js';

/**
 * Applies a role change and publishes the account's new grants on the access feed in
 * one transaction: gateways forward them from their next poll on, even with tokens
 * issued before (see README, "Access feed").
 */
export function changeRoles(
  services: Pick<AccountsServices, 'db' | 'localTokens'>,
  accountId: string,
  change: (trx: IdentityDb) => Promise<void>,
): Promise<AccountWithRoles> {
  return services.db.transaction().execute(async (trx) => {
    await change(trx);
    // biome-ignore lint/style/noNonNullAssertion: the caller found the account, and accounts are never deleted
    const account = (await findAccountWithRoles(trx, accountId))!;
    const grants = grantsOfAccount(account);
    await recordAccessChange(trx, { kind: 'grants-changed', subject: accountId, grants, expiresAt: services.localTokens.lastExpiryFromNow() });
    return account;
  });
}
