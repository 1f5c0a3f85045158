import { randomBytes } from 'node:crypto';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase, postGraphql, type GraphqlResponse } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { healthSubgraph } from '../../src/subgraph.js';

export interface TestSubgraph {
  db: Db;
  /** The service's consumers; not running, so a test drives them (`processAvailable`) and requests do not wait for them. */
  consumers: Awaited<ReturnType<typeof healthSubgraph.start>>['consumers'];
  /** Calls the subgraph as the gateway would, on behalf of `identity`. */
  call<Data = any>(identity: GatewayIdentity, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<Data>>;
  close(): Promise<void>;
}

/** The health subgraph on a fresh database of this test file's own; the other services are events in its log. */
export async function startTestSubgraph(): Promise<TestSubgraph> {
  const gatewaySecret = randomBytes(32).toString('hex');
  const testDb = await createTestDatabase();
  const db = healthSubgraph.connect(testDb.url, { poolSize: 4 });
  await healthSubgraph.migrate(db);
  const service = await healthSubgraph.start({
    db,
    logger: createLogger('health', process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
    gatewaySecret,
    runConsumers: false,
  });
  return {
    db,
    consumers: service.consumers,
    call: (identity, query, variables = {}) => postGraphql(service.url, query, variables, { gatewaySecret, identity }),
    close: async () => {
      await service.close();
      await db.destroy();
      await testDb.drop();
    },
  };
}
