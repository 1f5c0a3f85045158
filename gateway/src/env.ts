import { readFileSync } from 'node:fs';
import { ConfigError, envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';
import { z } from 'zod';

const optionalUrl = () => envUrl().optional();

/** Where each subgraph of the manifest listens (`PARTNERSHIPS_URL`, ...); unset: the URL composed in. */
const subgraphUrlFields = Object.fromEntries(SUBGRAPHS.map(({ urlVariable }) => [urlVariable, optionalUrl()])) as Record<
  (typeof SUBGRAPHS)[number]['urlVariable'],
  ReturnType<typeof optionalUrl>
>;

/** The gateway's settings, read once at start-up (see gateway/README.md). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      NODE_ENV: envNodeEnv(),
      GATEWAY_PORT: envPort(4000),
      GATEWAY_HOST: envString().default('127.0.0.1'),
      SUPERGRAPH_PATH: envString().default('dist/supergraph.graphql'),
      WEB_DIST_DIR: envString().default('../web/dist'),
      ...subgraphUrlFields,
      LOG_LEVEL: envLogLevel(),
      // Shared with the subgraphs: they refuse requests not signed with it.
      GATEWAY_SECRET: envSecret(),
      PUBLIC_URL: z.string().optional(),
      // Per client address and per account; behind a reverse proxy every client shares its address.
      GATEWAY_MUTATION_RATE_PER_MINUTE: z.coerce.number().int().min(0).default(600),
      // How long one subgraph request may take before its part of the answer is given up.
      GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).optional(),
      GATEWAY_SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
      GATEWAY_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE: z.coerce.number().int().min(1).default(5),
      // The gateway keeps accounts and sessions in its own schema, `identity`.
      DATABASE_URL: envUrl(),
      DATABASE_POOL_SIZE: envPort(5),
      // PKCS#8 PEM Ed25519 key for the gateway's own tokens, inline or as a file.
      AUTH_SIGNING_KEY: z.string().optional(),
      AUTH_SIGNING_KEY_FILE: envString().optional(),
      AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
      AUTH_SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
      // An OpenID Connect provider whose tokens are accepted too: all three or none.
      OIDC_ISSUER: envString().optional(),
      OIDC_JWKS_URL: envUrl().optional(),
      OIDC_AUDIENCE: envString().optional(),
      FIRST_ADMIN_EMAIL: z.string().email().optional(),
      FIRST_ADMIN_PASSWORD: z.string().min(10).optional(),
    },
    env,
  );
}

export type GatewayEnv = ReturnType<typeof loadEnv>;

/** The subgraph URLs the environment sets, by subgraph name. */
export function subgraphUrlsOf(env: GatewayEnv): Partial<Record<string, string>> {
  return Object.fromEntries(SUBGRAPHS.map(({ name, urlVariable }) => [name, env[urlVariable]]));
}

/** The signing key from AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE; refuses to start without one. */
export function signingKeyPemOf(env: GatewayEnv): string {
  if (env.AUTH_SIGNING_KEY) return env.AUTH_SIGNING_KEY;
  if (env.AUTH_SIGNING_KEY_FILE) return readFileSync(env.AUTH_SIGNING_KEY_FILE, 'utf8');
  throw new ConfigError(['AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE: required (a PKCS#8 PEM Ed25519 private key)']);
}

/** The OpenID Connect settings, when the deployment gives them; half a configuration is an error. */
export function oidcSettingsOf(env: GatewayEnv) {
  const { OIDC_ISSUER: issuer, OIDC_JWKS_URL: jwksUrl, OIDC_AUDIENCE: audience } = env;
  if (!issuer && !jwksUrl && !audience) return undefined;
  if (!issuer || !jwksUrl || !audience) throw new ConfigError(['OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE: give all three or none']);
  return { issuer, jwksUrl, audience };
}
