import { parseProviderAccount, PROVIDER_ACCOUNT_PATH, type ProviderAccount } from '@msp-atlas/gateway-trust';
import type { AccountsClient } from './accounts-client.js';
import { invalidToken } from './authentication-errors.js';
import type { OidcClaims } from './oidc-tokens.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Which local account a verified provider token stands for, asked of the accounts
 * service (which links or creates it) once per user and then kept for a minute:
 * role changes in between reach the gateway through the access feed.
 */
export class ProviderAccounts {
  private readonly known: TtlCache<ProviderAccount & { fetchedAt: number }>;

  constructor(
    private readonly client: AccountsClient,
    cacheTtlMs = 60_000,
  ) {
    this.known = new TtlCache(cacheTtlMs);
  }

  async accountFor(claims: OidcClaims): Promise<ProviderAccount & { fetchedAt: number }> {
    const key = `${claims.issuer}\n${claims.subject}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const { status, body } = await this.client.post(PROVIDER_ACCOUNT_PATH, {
      issuer: claims.issuer,
      subject: claims.subject,
      email: claims.email,
      name: claims.name,
    });
    if (status === 422) throw invalidToken((body as { error?: string } | null)?.error ?? 'no account for it');
    const account = status === 200 ? parseProviderAccount(body) : null;
    if (!account) throw new Error(`accounts service answered HTTP ${status}`);
    const entry = { ...account, fetchedAt: Math.floor(Date.now() / 1000) };
    this.known.set(key, entry);
    return entry;
  }
}
