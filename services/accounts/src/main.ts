import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { loadEnv, signingKeyPemOf } from './env.js';
import { connectAccountsDatabase, migrateAccounts, startAccountsSubgraph } from './subgraph.js';

const env = loadEnv();
const logger = createLogger('accounts', env.LOG_LEVEL);
const db = connectAccountsDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

await migrateAccounts(db);
const service = await startAccountsSubgraph({
  db,
  logger,
  host: env.ACCOUNTS_HOST,
  port: env.ACCOUNTS_PORT,
  production: env.NODE_ENV === 'production',
  gatewaySecret: env.GATEWAY_SECRET,
  signingKeyPem: signingKeyPemOf(env),
  tokenTtlSeconds: env.AUTH_TOKEN_TTL_SECONDS,
  sessionTtlSeconds: env.AUTH_SESSION_TTL_DAYS * 24 * 3600,
  firstAdmin: env.FIRST_ADMIN_EMAIL ? { email: env.FIRST_ADMIN_EMAIL, password: env.FIRST_ADMIN_PASSWORD } : undefined,
  signInRatePerEmailPerMinute: env.ACCOUNTS_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE,
});

onShutdownSignal(logger, async () => {
  await service.close();
  await db.destroy();
});
