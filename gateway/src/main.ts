import { readFileSync } from 'node:fs';
import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { defaultSubgraphUrl, subgraphEntry } from '@msp-atlas/subgraph-manifest';
import { ACCOUNTS_SUBGRAPH_NAME } from './compose/subgraph-list.js';
import { loadEnv, oidcSettingsOf, subgraphUrlsOf } from './env.js';
import { startGatewayServer } from './server.js';

const env = loadEnv();
const logger = createLogger('gateway', env.LOG_LEVEL);
const accountsUrl = env.ACCOUNTS_URL ?? defaultSubgraphUrl(subgraphEntry(ACCOUNTS_SUBGRAPH_NAME).defaultPort);
const server = await startGatewayServer({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: subgraphUrlsOf(env),
  gatewaySecret: env.GATEWAY_SECRET,
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  logger,
  webDistDir: env.WEB_DIST_DIR,
  production: env.NODE_ENV === 'production',
  limits: { mutationRatePerMinute: env.GATEWAY_MUTATION_RATE_PER_MINUTE, signInRatePerMinute: env.GATEWAY_SIGN_IN_RATE_PER_MINUTE },
  subgraphTimeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
  accounts: {
    url: accountsUrl,
    feedIntervalMs: env.GATEWAY_ACCESS_FEED_INTERVAL_MS,
    feedStaleAfterMs: env.GATEWAY_ACCESS_FEED_STALE_AFTER_MS,
    oidc: oidcSettingsOf(env),
  },
});
logger.info({ url: env.PUBLIC_URL ?? server.url }, 'MSP Atlas is up');

onShutdownSignal(logger, () => server.close());
