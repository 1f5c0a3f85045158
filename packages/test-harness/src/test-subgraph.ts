import { randomBytes } from 'node:crypto';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { pino, type Logger } from 'pino';
import { postGraphql, type GraphqlResponse } from './graphql-client.js';
import { createTestDatabase } from './test-database.js';

/**
 * What a subgraph made by `defineSubgraph` (packages/service-runtime) offers a test, by
 * shape: the harness names no service and does not depend on the runtime, whose own
 * tests use the harness.
 */
export interface StartableSubgraph<Db extends { destroy(): Promise<void> }, Running extends { url: string; close(): Promise<void> }, Settings> {
  name: string;
  connect(url: string, options?: { poolSize?: number }): Db;
  migrate(db: Db): Promise<void>;
  start(options: {
    db: Db;
    logger: Logger;
    gatewaySecret: string;
    port?: number;
    listenUrl?: string;
    runConsumers?: boolean;
    settings?: Partial<Settings>;
  }): Promise<Running>;
}

export interface TestSubgraphOptions<Settings> {
  /** Run the service's consumers, woken by NOTIFY as under `npm start`; default false, so a test drives them. */
  runConsumers?: boolean;
  /** The service's own settings, over their defaults. */
  settings?: Partial<Settings>;
  /** Connections in its pool; default 4. */
  poolSize?: number;
}

export interface TestSubgraph<Db, Running> {
  /** The service's database, migrated, on a database of this test file's own. */
  db: Db;
  databaseUrl: string;
  /** The running service (`url`, `server`, ...). */
  service: Running;
  /** Its consumers: built, and running only when asked for (`runConsumers`). */
  consumers: Running extends { consumers: infer Consumers } ? Consumers : never;
  /** The secret it trusts, for a test that signs requests of its own. */
  gatewaySecret: string;
  logger: Logger;
  /** Calls the subgraph as the gateway would, on behalf of `identity`. */
  call<Data = any>(identity: GatewayIdentity, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<Data>>;
  /** Stops the service, then drops its database. */
  close(): Promise<void>;
}

/** The handle `startTestSubgraph(subgraph)` gives, from the subgraph's type: `TestSubgraphOf<typeof sdgSubgraph>`. */
export type TestSubgraphOf<Subgraph> = Subgraph extends { connect(...args: any[]): infer Db; start(...args: any[]): Promise<infer Running> }
  ? TestSubgraph<Db, Running>
  : never;

/**
 * One subgraph on a fresh, migrated test database, served on a free port with a new
 * gateway secret: the one way a service's own tests start it. Cross-service journeys
 * run the whole platform instead (`@msp-atlas/gateway/testing`).
 */
export async function startTestSubgraph<Db extends { destroy(): Promise<void> }, Running extends { url: string; close(): Promise<void> }, Settings>(
  subgraph: StartableSubgraph<Db, Running, Settings>,
  options: TestSubgraphOptions<Settings> = {},
): Promise<TestSubgraph<Db, Running>> {
  const gatewaySecret = randomBytes(32).toString('hex');
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent', base: { service: subgraph.name } });
  const testDb = await createTestDatabase();
  const db = subgraph.connect(testDb.url, { poolSize: options.poolSize ?? 4 });
  try {
    await subgraph.migrate(db);
    const runConsumers = options.runConsumers ?? false;
    const service = await subgraph.start({
      db,
      logger,
      gatewaySecret,
      port: 0,
      runConsumers,
      listenUrl: runConsumers ? testDb.url : undefined,
      settings: options.settings,
    });
    return {
      db,
      databaseUrl: testDb.url,
      service,
      consumers: (service as Running & { consumers?: unknown }).consumers as TestSubgraph<Db, Running>['consumers'],
      gatewaySecret,
      logger,
      call: (identity = ANONYMOUS, query, variables = {}) => postGraphql(service.url, query, variables, { gatewaySecret, identity }),
      close: async () => {
        await service.close();
        await db.destroy();
        await testDb.drop();
      },
    };
  } catch (error) {
    await db.destroy();
    await testDb.drop();
    throw error;
  }
}
