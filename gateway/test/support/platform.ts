import { printSubgraphSchema } from '@apollo/subgraph';
import type { LogEvent } from 'kysely';
import {
  buildPartnershipsSchema,
  connectPartnershipsDatabase,
  migratePartnerships,
  startPartnershipsSubgraph,
  type PartnershipsDb,
} from '@msp-atlas/partnerships';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase } from '@msp-atlas/test-harness';
import { composeSupergraph } from '../../src/compose/compose-supergraph.js';
import { startGatewayServer } from '../../src/server.js';
import { graphqlClient, type GraphqlClient } from './graphql-client.js';

export interface Platform {
  graphql: GraphqlClient;
  gatewayUrl: string;
  partnershipsSubgraphUrl: string;
  partnershipsDb: PartnershipsDb;
  /** SQL statements the partnerships service ran while `action` ran. */
  countStatements(action: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The whole platform in one process on a fresh database: each subgraph on its
 * own port, a supergraph composed from their schemas, and the gateway in front,
 * so tests go through the same HTTP path a client uses.
 */
export async function startPlatform(): Promise<Platform> {
  const testDb = await createTestDatabase();
  const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  let statementCount = 0;
  const onQuery = (event: LogEvent) => {
    if (event.level === 'query') statementCount += 1;
  };
  const partnershipsDb = connectPartnershipsDatabase(testDb.url, { poolSize: 5, onQuery });
  await migratePartnerships(partnershipsDb);
  const partnerships = await startPartnershipsSubgraph({ db: partnershipsDb, logger });
  const partnershipsUrl = `${partnerships.url}/graphql`;

  const supergraphSdl = composeSupergraph([
    { name: 'partnerships', url: partnershipsUrl, sdl: printSubgraphSchema(await buildPartnershipsSchema()) },
  ]);
  const gateway = await startGatewayServer({ supergraphSdl, host: '127.0.0.1', port: 0, logger });

  return {
    graphql: graphqlClient(gateway.graphqlUrl),
    gatewayUrl: gateway.graphqlUrl,
    partnershipsSubgraphUrl: partnershipsUrl,
    partnershipsDb,
    async countStatements(action) {
      const before = statementCount;
      await action();
      return statementCount - before;
    },
    async stop() {
      await gateway.close();
      await partnerships.close();
      await partnershipsDb.destroy();
      await testDb.drop();
    },
  };
}
