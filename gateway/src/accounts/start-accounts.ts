import type { Logger } from '@msp-atlas/service-runtime';
import type { JWTVerifyGetKey } from 'jose';
import { TokenBuckets } from '../limits/token-bucket.js';
import { AccountsDataSource } from './accounts-data-source.js';
import { buildAccountsSchema } from './accounts-schema.js';
import type { AccountsServices } from './accounts-services.js';
import { Authenticator } from './authentication/authenticator.js';
import type { IdentityDb } from './database.js';
import { ensureFirstAdmin } from './first-admin.js';
import { LocalTokens } from './tokens/local-tokens.js';
import { OidcTokens, type OidcSettings } from './tokens/oidc-tokens.js';
import { loadSigningKey } from './tokens/signing-key.js';

export interface AccountsOptions {
  db: IdentityDb;
  /** PKCS#8 PEM Ed25519 private key the gateway signs its tokens with. */
  signingKeyPem: string;
  /** Lifetime of an access token; short, since a stolen one works until it expires. */
  tokenTtlSeconds?: number;
  /** Lifetime of a sign-in, within which tokens are renewed. */
  sessionTtlSeconds?: number;
  /** Trust an OpenID Connect provider's tokens as well; `keys` replaces fetching its JWKS (tests). */
  oidc?: OidcSettings & { keys?: JWTVerifyGetKey };
  /** The first administrator; with a password the account is created at start if missing. */
  firstAdmin?: { email: string; password?: string };
  /** Sign-in and sign-up attempts per minute per client address, and sign-ins per e-mail address. */
  signInRatePerMinute?: number;
  signInRatePerEmailPerMinute?: number;
  /** How long a verified session is reused without asking the database (ms). */
  sessionCacheTtlMs?: number;
  logger: Logger;
}

export interface Accounts {
  dataSource: AccountsDataSource;
  authenticator: Authenticator;
}

/** Everything sign-in needs, wired once per gateway; the schema is migrated by the caller. */
export async function startAccounts(options: AccountsOptions): Promise<Accounts> {
  const localTokens = new LocalTokens(loadSigningKey(options.signingKeyPem), options.tokenTtlSeconds ?? 900);
  const oidc = options.oidc ? new OidcTokens(options.oidc, options.oidc.keys) : undefined;
  const firstAdminEmail = options.firstAdmin?.email.trim().toLowerCase();
  const authenticator = new Authenticator({ db: options.db, localTokens, oidc, firstAdminEmail, cacheTtlMs: options.sessionCacheTtlMs });
  const services: AccountsServices = {
    db: options.db,
    localTokens,
    authenticator,
    sessionTtlSeconds: options.sessionTtlSeconds ?? 30 * 24 * 3600,
    firstAdminEmail,
    signInLimits: {
      perClient: new TokenBuckets({ perMinute: options.signInRatePerMinute ?? 20 }),
      perEmail: new TokenBuckets({ perMinute: options.signInRatePerEmailPerMinute ?? 5 }),
    },
  };
  if (options.firstAdmin) await ensureFirstAdmin(options.db, { ...options.firstAdmin, email: firstAdminEmail! });
  const dataSource = new AccountsDataSource(await buildAccountsSchema(), services, options.logger);
  return { dataSource, authenticator };
}
