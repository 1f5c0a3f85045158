import { readFileSync } from 'node:fs';
import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { loadEnv } from './env.js';
import { startGatewayServer } from './server.js';

const env = loadEnv();
const logger = createLogger('gateway', env.LOG_LEVEL);
const server = await startGatewayServer({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: {
    partnerships: env.PARTNERSHIPS_URL,
    sdg: env.SDG_URL,
    context: env.CONTEXT_URL,
    learning: env.LEARNING_URL,
  },
  gatewaySecret: env.GATEWAY_SECRET,
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  logger,
  webDistDir: env.WEB_DIST_DIR,
  production: env.NODE_ENV === 'production',
  limits: { mutationRatePerMinute: env.GATEWAY_MUTATION_RATE_PER_MINUTE },
});
logger.info({ url: env.PUBLIC_URL ?? server.url }, 'MSP Atlas is up');

onShutdownSignal(logger, () => server.close());
