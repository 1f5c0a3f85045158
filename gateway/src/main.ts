import { readFileSync } from 'node:fs';
import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { connectIdentityDatabase, migrateIdentity } from './accounts/database.js';
import { loadEnv, oidcSettingsOf, signingKeyPemOf, subgraphUrlsOf } from './env.js';
import { startGatewayServer } from './server.js';

const env = loadEnv();
const logger = createLogger('gateway', env.LOG_LEVEL);
const identityDb = connectIdentityDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
await migrateIdentity(identityDb);
const server = await startGatewayServer({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: subgraphUrlsOf(env),
  gatewaySecret: env.GATEWAY_SECRET,
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  logger,
  webDistDir: env.WEB_DIST_DIR,
  production: env.NODE_ENV === 'production',
  limits: { mutationRatePerMinute: env.GATEWAY_MUTATION_RATE_PER_MINUTE },
  subgraphTimeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
  accounts: {
    db: identityDb,
    signingKeyPem: signingKeyPemOf(env),
    tokenTtlSeconds: env.AUTH_TOKEN_TTL_SECONDS,
    sessionTtlSeconds: env.AUTH_SESSION_TTL_DAYS * 24 * 3600,
    oidc: oidcSettingsOf(env),
    firstAdmin: env.FIRST_ADMIN_EMAIL ? { email: env.FIRST_ADMIN_EMAIL, password: env.FIRST_ADMIN_PASSWORD } : undefined,
    signInRatePerMinute: env.GATEWAY_SIGN_IN_RATE_PER_MINUTE,
    signInRatePerEmailPerMinute: env.GATEWAY_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE,
  },
});
logger.info({ url: env.PUBLIC_URL ?? server.url }, 'MSP Atlas is up');

onShutdownSignal(logger, async () => {
  await server.close();
  await identityDb.destroy();
});
