import type { ProviderClaims } from '@msp-atlas/gateway-trust';
import { findAccountByEmail, findAccountIdByExternalIdentity, insertAccount, linkExternalIdentity } from '../account/account.repository.js';
import type { IdentityDb } from '../database.js';

/**
 * The local account for a provider's user: the one linked before, else the account
 * with the same provider-verified e-mail, else a new one; null when the provider
 * confirmed no e-mail. Roles stay local.
 */
export async function accountForProvider(db: IdentityDb, claims: ProviderClaims, firstAdminEmail?: string): Promise<string | null> {
  const linked = await findAccountIdByExternalIdentity(db, claims.issuer, claims.subject);
  if (linked) return linked;
  // Invitations and roles are matched by e-mail, so an unverified one cannot be taken over.
  if (!claims.email) return null;
  const email = claims.email.toLowerCase();
  const existing = await findAccountByEmail(db, email);
  const accountId =
    existing?.id ??
    (
      await insertAccount(db, {
        email,
        // biome-ignore lint/style/noNonNullAssertion: split returns at least one part
        name: claims.name ?? email.split('@')[0]!,
        password_hash: null,
        is_admin: email === firstAdminEmail,
      }).catch(async (error) => {
        // Two first requests of the same user at once: the other one created it.
        const created = await findAccountByEmail(db, email);
        if (!created) throw error;
        return created;
      })
    ).id;
  await linkExternalIdentity(db, claims.issuer, claims.subject, accountId);
  return (await findAccountIdByExternalIdentity(db, claims.issuer, claims.subject)) ?? accountId;
}
