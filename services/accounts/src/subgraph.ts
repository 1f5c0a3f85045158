import { readFileSync } from 'node:fs';
import { ConfigError, envString } from '@msp-atlas/config';
import { defineSubgraph, subgraphDatabase, TokenBuckets } from '@msp-atlas/service-runtime';
import { z } from 'zod';
import { accessFeedRoute } from './access-changes/access-feed.route.js';
import type { AccountsServices } from './accounts-services.js';
import { IDENTITY_SCHEMA, type IdentityDatabase } from './database.js';
import { ensureFirstAdmin } from './first-admin.js';
import { createContext } from './graphql/context.js';
import { accountsMigrations } from './migrations/index.js';
import { providerAccountRoute } from './provider/provider-account.route.js';
import { buildAccountsSchema } from './schema.js';
import { jwksRoute } from './tokens/jwks.route.js';
import { LocalTokens } from './tokens/local-tokens.js';
import { loadSigningKey } from './tokens/signing-key.js';
import { passwordCostOf } from './password/password-cost.js';

/** The accounts service's own settings (see README.md), read with the ones every subgraph has. */
const accountsSettings = {
  // PKCS#8 PEM Ed25519 key the access tokens are signed with, inline or as a file.
  AUTH_SIGNING_KEY: z.string().optional(),
  AUTH_SIGNING_KEY_FILE: envString().optional(),
  // Short, since a stolen token works until it expires.
  AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  // A sign-in lasts this long; its tokens are renewed within it.
  AUTH_SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  ACCOUNTS_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  // With a password the first administrator is created at start if missing.
  FIRST_ADMIN_EMAIL: z.string().email().optional(),
  FIRST_ADMIN_PASSWORD: z.string().min(10).optional(),
  // `test` makes hashing cheap, and is refused outside a test run (see password-cost.ts).
  ACCOUNTS_PASSWORD_COST: z.enum(['production', 'test']).default('production'),
};

type AccountsSettings = z.infer<z.ZodObject<typeof accountsSettings>>;

/** The signing key from AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE; refuses to start without one. */
function signingKeyPemOf(settings: AccountsSettings): string {
  if (settings.AUTH_SIGNING_KEY) return settings.AUTH_SIGNING_KEY;
  if (settings.AUTH_SIGNING_KEY_FILE) return readFileSync(settings.AUTH_SIGNING_KEY_FILE, 'utf8');
  throw new ConfigError(['AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE: required (a PKCS#8 PEM Ed25519 private key)']);
}

/** Sign-up, sign-in and roles, with its key set and the gateway-only access feed and provider-account routes. */
export const accountsSubgraph = defineSubgraph({
  name: 'accounts',
  database: subgraphDatabase<IdentityDatabase>({ schema: IDENTITY_SCHEMA, migrations: accountsMigrations }),
  buildSchema: buildAccountsSchema,
  settings: accountsSettings,
  services: ({ db, settings }): AccountsServices => ({
    db,
    localTokens: new LocalTokens(loadSigningKey(signingKeyPemOf(settings)), settings.AUTH_TOKEN_TTL_SECONDS),
    sessionTtlSeconds: settings.AUTH_SESSION_TTL_DAYS * 24 * 3600,
    firstAdminEmail: settings.FIRST_ADMIN_EMAIL?.trim().toLowerCase(),
    failedSignIns: new TokenBuckets({ perMinute: settings.ACCOUNTS_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE }),
    passwordCost: passwordCostOf(settings.ACCOUNTS_PASSWORD_COST),
  }),
  startup: async ({ services, settings }) => {
    if (services.firstAdminEmail) await ensureFirstAdmin(services, { email: services.firstAdminEmail, password: settings.FIRST_ADMIN_PASSWORD });
  },
  routes: async ({ db, gatewaySecret, services }) => [
    await jwksRoute(services.localTokens.key),
    accessFeedRoute(db, gatewaySecret),
    providerAccountRoute(db, gatewaySecret, services.firstAdminEmail),
  ],
  context: ({ services, identity }) => createContext(services, identity),
});
