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
      // How often the accounts service's feed of sign-outs and role changes is read, and
      // how old its last good read may be before tokens are refused (fail closed).
      GATEWAY_ACCESS_FEED_INTERVAL_MS: z.coerce.number().int().min(50).default(1_000),
      GATEWAY_ACCESS_FEED_STALE_AFTER_MS: z.coerce.number().int().min(1_000).default(30_000),
      // An OpenID Connect provider whose tokens are accepted too: all three or none.
      OIDC_ISSUER: envString().optional(),
      OIDC_JWKS_URL: envUrl().optional(),
      OIDC_AUDIENCE: envString().optional(),
    },
    env,
  );
}

export type GatewayEnv = ReturnType<typeof loadEnv>;

/** The subgraph URLs the environment sets, by subgraph name. */
export function subgraphUrlsOf(env: GatewayEnv): Partial<Record<string, string>> {
  return Object.fromEntries(SUBGRAPHS.map(({ name, urlVariable }) => [name, env[urlVariable]]));
}

/** The OpenID Connect settings, when the deployment gives them; half a configuration is an error. */
export function oidcSettingsOf(env: GatewayEnv) {
  const { OIDC_ISSUER: issuer, OIDC_JWKS_URL: jwksUrl, OIDC_AUDIENCE: audience } = env;
  if (!issuer && !jwksUrl && !audience) return undefined;
  if (!issuer || !jwksUrl || !audience) throw new ConfigError(['OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE: give all three or none']);
  return { issuer, jwksUrl, audience };
}
