import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { loadEnv } from './env.js';
import { connectSdgDatabase, migrateSdg, startSdgSubgraph } from './subgraph.js';

const env = loadEnv();
const logger = createLogger('sdg', env.LOG_LEVEL);
const db = connectSdgDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

await migrateSdg(db);
const service = await startSdgSubgraph({
  db,
  logger,
  host: env.SDG_HOST,
  port: env.SDG_PORT,
  production: env.NODE_ENV === 'production',
  gatewaySecret: env.GATEWAY_SECRET,
});

onShutdownSignal(logger, async () => {
  await service.close();
  await db.destroy();
});
