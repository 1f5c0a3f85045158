import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { LogEvent } from 'kysely';
import {
  buildContextSchema,
  connectContextDatabase,
  createPartnershipIndexConsumer,
  migrateContext,
  startContextSubgraph,
} from '@msp-atlas/context';
import { buildLearningSchema, connectLearningDatabase, migrateLearning, startLearningSubgraph } from '@msp-atlas/learning';
import {
  buildPartnershipsSchema,
  connectPartnershipsDatabase,
  migratePartnerships,
  startPartnershipsSubgraph,
  type PartnershipsDb,
} from '@msp-atlas/partnerships';
import { buildSdgSchema, connectSdgDatabase, migrateSdg, startSdgSubgraph } from '@msp-atlas/sdg';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase } from '@msp-atlas/test-harness';
import type { GraphQLSchema } from 'graphql';
import { composeSupergraph } from '../../src/compose/compose-supergraph.js';
import { ACCOUNTS_SUBGRAPH } from '../../src/compose/subgraph-list.js';
import { buildAccountsSchema } from '../../src/accounts/accounts-schema.js';
import { connectIdentityDatabase, migrateIdentity, type IdentityDb } from '../../src/accounts/database.js';
import { generateSigningKeyPem } from '../../src/accounts/tokens/signing-key.js';
import { startGatewayServer, type GatewayServerOptions } from '../../src/server.js';
import { graphqlClient, type GraphqlClient } from '@msp-atlas/test-harness';
import { signUpAccount, type SignedUpAccount } from './accounts.js';

export interface Platform {
  graphql: GraphqlClient;
  /** Origin of the gateway, where the web app is served when `webDistDir` was given. */
  gatewayOrigin: string;
  gatewayUrl: string;
  partnershipsSubgraphUrl: string;
  subgraphUrls: Record<string, string>;
  partnershipsDb: PartnershipsDb;
  identityDb: IdentityDb;
  /** An account signed up at start, for tests that only need "someone signed in" to register and edit. */
  member: SignedUpAccount;
  /** A new account, signed in: its client sends the account's token with every request. */
  signUp(overrides?: { email?: string; name?: string; password?: string }): Promise<SignedUpAccount>;
  /** The first administrator, created from configuration as a deployment would. */
  admin: { email: string; password: string };
  /** The secret the gateway signs subgraph requests with; a test signs with it to call a subgraph directly. */
  gatewaySecret: string;
  /** The headers of the requests the partnerships subgraph received while `action` ran. */
  partnershipsRequestHeaders(action: () => Promise<unknown>): Promise<IncomingHttpHeaders[]>;
  /** SQL statements the partnerships service ran while `action` ran. */
  countStatements(action: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Serve the built web app from the gateway, as `npm start` does. */
  webDistDir?: string;
  /** Gateway settings a test needs to change, such as production mode or small rate limits. */
  gatewayOptions?: Pick<GatewayServerOptions, 'production' | 'limits'>;
  /** Account settings a test needs to change: an OpenID Connect provider, rates, token lifetime. */
  accountsOptions?: Partial<Omit<GatewayServerOptions['accounts'], 'db'>>;
}

interface RunningSubgraph {
  name: string;
  url: string;
  schema: () => Promise<GraphQLSchema>;
  close: () => Promise<void>;
}

/**
 * The whole platform in one process on a fresh database: each subgraph on its
 * own port with its own connection pool, a supergraph composed from their
 * schemas, and the gateway in front, so tests go through the HTTP path a client uses.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const testDb = await createTestDatabase();
  const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  let statementCount = 0;
  const onQuery = (event: LogEvent) => {
    if (event.level === 'query') statementCount += 1;
  };

  const partnershipsDb = connectPartnershipsDatabase(testDb.url, { poolSize: 5, onQuery });
  const sdgDb = connectSdgDatabase(testDb.url, 2);
  const contextDb = connectContextDatabase(testDb.url, 3);
  const learningDb = connectLearningDatabase(testDb.url, 2);
  await migratePartnerships(partnershipsDb);
  await migrateSdg(sdgDb);
  await migrateContext(contextDb);
  await migrateLearning(learningDb);
  const identityDb = connectIdentityDatabase(testDb.url, 3);
  await migrateIdentity(identityDb);
  const indexConsumer = createPartnershipIndexConsumer({ db: contextDb, logger, listenUrl: testDb.url });
  await indexConsumer.start();

  // New for every platform, as `npm start` makes a new one at every start.
  const gatewaySecret = randomBytes(32).toString('hex');
  const started = await Promise.all([
    startPartnershipsSubgraph({ db: partnershipsDb, logger, gatewaySecret }).then((service) => ({ name: 'partnerships', service, schema: buildPartnershipsSchema })),
    startSdgSubgraph({ db: sdgDb, logger, gatewaySecret }).then((service) => ({ name: 'sdg', service, schema: buildSdgSchema })),
    startContextSubgraph({ db: contextDb, logger, partnershipIndexConsumer: indexConsumer, gatewaySecret }).then((service) => ({ name: 'context', service, schema: buildContextSchema })),
    startLearningSubgraph({ db: learningDb, logger, gatewaySecret }).then((service) => ({ name: 'learning', service, schema: buildLearningSchema })),
  ]);
  let recordedHeaders: IncomingHttpHeaders[] | null = null;
  // Another listener next to the service's own: it sees each request, changes nothing.
  started[0].service.server.on('request', (request: { headers: IncomingHttpHeaders }) => recordedHeaders?.push({ ...request.headers }));
  const subgraphs: RunningSubgraph[] = started.map(({ name, service, schema }) => ({
    name,
    url: `${service.url}/graphql`,
    schema,
    close: () => service.close(),
  }));
  const supergraphSdl = composeSupergraph([
    ...(await Promise.all(subgraphs.map(async (subgraph) => ({ name: subgraph.name, url: subgraph.url, sdl: printSubgraphSchema(await subgraph.schema()) })))),
    { ...ACCOUNTS_SUBGRAPH, sdl: printSubgraphSchema(await buildAccountsSchema()) },
  ]);
  const admin = { email: 'admin@platform.test', password: randomBytes(12).toString('hex') };
  const gateway = await startGatewayServer({
    supergraphSdl,
    gatewaySecret,
    host: '127.0.0.1',
    port: 0,
    logger,
    webDistDir: options.webDistDir,
    ...options.gatewayOptions,
    accounts: { db: identityDb, signingKeyPem: generateSigningKeyPem(), firstAdmin: admin, ...options.accountsOptions },
  });
  const subgraphUrls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const member = await signUpAccount(gateway.graphqlUrl, { name: 'Registry Member' });

  return {
    graphql: graphqlClient(gateway.graphqlUrl),
    gatewayOrigin: gateway.url,
    gatewayUrl: gateway.graphqlUrl,
    partnershipsSubgraphUrl: subgraphUrls.partnerships!,
    subgraphUrls,
    partnershipsDb,
    identityDb,
    member,
    admin,
    signUp: (overrides) => signUpAccount(gateway.graphqlUrl, overrides),
    gatewaySecret,
    async partnershipsRequestHeaders(action) {
      const recorded: IncomingHttpHeaders[] = [];
      recordedHeaders = recorded;
      try {
        await action();
      } finally {
        recordedHeaders = null;
      }
      return recorded;
    },
    async countStatements(action) {
      const before = statementCount;
      await action();
      return statementCount - before;
    },
    async stop() {
      await gateway.close();
      await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
      await indexConsumer.stop();
      await Promise.all([partnershipsDb.destroy(), sdgDb.destroy(), contextDb.destroy(), learningDb.destroy(), identityDb.destroy()]);
      await testDb.drop();
    },
  };
}
