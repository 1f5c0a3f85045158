import { findAccountByEmail, insertAccount, markAdmin } from './account/account.repository.js';
import { changeRoles } from './account/change-roles.js';
import type { AccountsServices } from './accounts-services.js';
import { hashPassword } from './password/password-hash.js';

/**
 * The first administrator comes from configuration. With a password the account is
 * created before the service serves anyone, so nobody can sign up first under that
 * address; without one (OpenID Connect deployments) the account becomes admin when it
 * first signs in with a provider-verified address.
 */
export async function ensureFirstAdmin(services: AccountsServices, admin: { email: string; password?: string }): Promise<void> {
  const { db } = services;
  const existing = await findAccountByEmail(db, admin.email);
  if (existing) {
    if (!existing.is_admin) await changeRoles(services, existing.id, (trx) => markAdmin(trx, existing.id));
    return;
  }
  if (!admin.password) return;
  const passwordHash = await hashPassword(admin.password, services.passwordCost);
  await insertAccount(db, { email: admin.email, name: 'Administrator', password_hash: passwordHash, is_admin: true }).catch(async (error) => {
    // Another instance of the service created it at the same moment.
    if (!(await findAccountByEmail(db, admin.email))) throw error;
  });
}
