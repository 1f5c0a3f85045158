import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { loadEnv } from './env.js';
import {
  connectContextDatabase,
  createPartnershipIndexConsumer,
  migrateContext,
  startContextSubgraph,
} from './subgraph.js';

const env = loadEnv();
const logger = createLogger('context', env.LOG_LEVEL);
const db = connectContextDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

await migrateContext(db);
const partnershipIndexConsumer = createPartnershipIndexConsumer({ db, logger, listenUrl: env.DATABASE_URL });
await partnershipIndexConsumer.start();
const service = await startContextSubgraph({
  db,
  logger,
  partnershipIndexConsumer,
  host: env.CONTEXT_HOST,
  port: env.CONTEXT_PORT,
  production: env.NODE_ENV === 'production',
  gatewaySecret: env.GATEWAY_SECRET,
});

onShutdownSignal(logger, async () => {
  await service.close();
  // Lets the batch in progress commit before the pool closes under it.
  await partnershipIndexConsumer.stop();
  await db.destroy();
});
