import { findAccountByEmail, findAccountIdByExternalIdentity, insertAccount, linkExternalIdentity } from '../account/account.repository.js';
import type { IdentityDb } from '../database.js';
import type { OidcClaims } from '../tokens/oidc-tokens.js';
import { invalidToken } from './authentication-errors.js';

/**
 * The local account for a provider's user: the one linked before, else the account
 * with the same provider-verified e-mail, else a new one. Roles stay local.
 */
export async function accountForProvider(db: IdentityDb, claims: OidcClaims, firstAdminEmail?: string): Promise<string> {
  const linked = await findAccountIdByExternalIdentity(db, claims.issuer, claims.subject);
  if (linked) return linked;
  // Invitations and roles are matched by e-mail, so an unverified one cannot be taken over.
  if (!claims.email) throw invalidToken('the provider did not confirm an e-mail address');
  const existing = await findAccountByEmail(db, claims.email);
  const accountId =
    existing?.id ??
    (await insertAccount(db, {
      email: claims.email,
      name: claims.name ?? claims.email.split('@')[0]!,
      password_hash: null,
      is_admin: claims.email === firstAdminEmail,
    }).catch(async (error) => {
      // Two first requests of the same user at once: the other one created it.
      const created = await findAccountByEmail(db, claims.email!);
      if (!created) throw error;
      return created;
    })).id;
  await linkExternalIdentity(db, claims.issuer, claims.subject, accountId);
  return (await findAccountIdByExternalIdentity(db, claims.issuer, claims.subject)) ?? accountId;
}
