import { createLogger, onShutdownSignal } from '@msp-atlas/service-runtime';
import { seedDemoData } from './demo/seed-demo-data.js';
import { loadEnv } from './env.js';
import { connectPartnershipsDatabase, migratePartnerships, startPartnershipsSubgraph } from './subgraph.js';

const env = loadEnv();
const logger = createLogger('partnerships', env.LOG_LEVEL);
const db = connectPartnershipsDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });

await migratePartnerships(db);
if (env.SEED_DEMO_DATA) {
  const seeded = await seedDemoData(db);
  if (seeded > 0) logger.info({ partnerships: seeded }, 'demo data loaded');
}
const service = await startPartnershipsSubgraph({
  db,
  logger,
  host: env.PARTNERSHIPS_HOST,
  port: env.PARTNERSHIPS_PORT,
  production: env.NODE_ENV === 'production',
  gatewaySecret: env.GATEWAY_SECRET,
});

onShutdownSignal(logger, async () => {
  await service.close();
  await db.destroy();
});
