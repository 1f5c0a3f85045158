import { createDatabase, databaseReadiness, migrateSchema } from '@msp-atlas/db';
import { startGraphqlService, TokenBuckets, type SubgraphRuntimeOptions } from '@msp-atlas/service-runtime';
import { accessFeedRoute } from './access-changes/access-feed.route.js';
import type { AccountsServices } from './accounts-services.js';
import { IDENTITY_SCHEMA, type IdentityDatabase, type IdentityDb } from './database.js';
import { ensureFirstAdmin } from './first-admin.js';
import { createContext } from './graphql/context.js';
import { accountsMigrations } from './migrations/index.js';
import { providerAccountRoute } from './provider/provider-account.route.js';
import { buildAccountsSchema } from './schema.js';
import { jwksRoute } from './tokens/jwks.route.js';
import { LocalTokens } from './tokens/local-tokens.js';
import { loadSigningKey } from './tokens/signing-key.js';

export function connectAccountsDatabase(url: string, poolSize = 5): IdentityDb {
  return createDatabase<IdentityDatabase>({ url, schema: IDENTITY_SCHEMA, poolSize, applicationName: 'accounts' });
}

export async function migrateAccounts(db: IdentityDb): Promise<void> {
  await migrateSchema(db, IDENTITY_SCHEMA, accountsMigrations);
}

export interface AccountsSubgraphOptions extends SubgraphRuntimeOptions {
  db: IdentityDb;
  /** PKCS#8 PEM Ed25519 private key the access tokens are signed with. */
  signingKeyPem: string;
  /** Lifetime of an access token; short, since a stolen one works until it expires. */
  tokenTtlSeconds?: number;
  /** Lifetime of a sign-in, within which tokens are renewed. */
  sessionTtlSeconds?: number;
  /** The first administrator; with a password the account is created at start if missing. */
  firstAdmin?: { email: string; password?: string };
  /** Failed sign-ins per minute per e-mail address. */
  signInRatePerEmailPerMinute?: number;
}

/** The accounts subgraph with its JWKS and the gateway-only access feed and provider-account routes. */
export async function startAccountsSubgraph({ db, signingKeyPem, firstAdmin, ...options }: AccountsSubgraphOptions) {
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 900;
  const key = loadSigningKey(signingKeyPem);
  const firstAdminEmail = firstAdmin?.email.trim().toLowerCase();
  const services: AccountsServices = {
    db,
    localTokens: new LocalTokens(key, tokenTtlSeconds),
    sessionTtlSeconds: options.sessionTtlSeconds ?? 30 * 24 * 3600,
    firstAdminEmail,
    failedSignIns: new TokenBuckets({ perMinute: options.signInRatePerEmailPerMinute ?? 5 }),
  };
  if (firstAdmin) await ensureFirstAdmin(services, { ...firstAdmin, email: firstAdminEmail! });
  return startGraphqlService({
    name: 'accounts',
    schema: await buildAccountsSchema(),
    host: options.host,
    port: options.port,
    logger: options.logger,
    production: options.production,
    gatewaySecret: options.gatewaySecret,
    context: async (_request, identity) => createContext(services, identity),
    isReady: databaseReadiness(db),
    extraRoutes: [
      await jwksRoute(key),
      accessFeedRoute(db, options.gatewaySecret),
      providerAccountRoute(db, options.gatewaySecret, firstAdminEmail),
    ],
  });
}
