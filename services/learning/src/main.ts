import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { loadEnv } from './env.js';
import { connectLearningDatabase, migrateLearning, startLearningSubgraph } from './subgraph.js';

const env = loadEnv();
const logger = createLogger('learning', env.LOG_LEVEL);
const db = connectLearningDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

await migrateLearning(db);
const service = await startLearningSubgraph({
  db,
  logger,
  host: env.LEARNING_HOST,
  port: env.LEARNING_PORT,
  production: env.NODE_ENV === 'production',
  gatewaySecret: env.GATEWAY_SECRET,
});

onShutdownSignal(logger, async () => {
  await service.close();
  await db.destroy();
});
