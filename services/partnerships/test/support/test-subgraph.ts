import { randomBytes } from 'node:crypto';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase, postGraphql, type GraphqlResponse } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';

export interface TestSubgraph {
  db: Db;
  /** The service's consumers; not running unless asked for, so a test drives them (`processAvailable`). */
  consumers: Awaited<ReturnType<typeof partnershipsSubgraph.start>>['consumers'];
  /** Calls the subgraph as the gateway would, on behalf of `identity`. */
  call<Data = any>(identity: GatewayIdentity, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<Data>>;
  close(): Promise<void>;
}

/** The partnerships subgraph on a fresh database of this test file's own. */
export async function startTestSubgraph(options: { runConsumers?: boolean } = {}): Promise<TestSubgraph> {
  const gatewaySecret = randomBytes(32).toString('hex');
  const testDb = await createTestDatabase();
  const db = partnershipsSubgraph.connect(testDb.url, { poolSize: 4 });
  await partnershipsSubgraph.migrate(db);
  const service = await partnershipsSubgraph.start({
    db,
    logger: createLogger('partnerships', process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
    gatewaySecret,
    // Background consumers would append events between a test's snapshots.
    runConsumers: options.runConsumers ?? false,
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
