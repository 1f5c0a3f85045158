import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { LogEvent } from 'kysely';
import type { Kysely } from '@msp-atlas/db';
import { startTcpProxy, type TcpProxy } from '@msp-atlas/db/testing';
import { createLogger, type HttpService } from '@msp-atlas/service-runtime';
import { SUBGRAPHS, type SubgraphName } from '@msp-atlas/subgraph-manifest';
import { createTestDatabase, graphqlClient, type GraphqlClient } from '@msp-atlas/test-harness';
import type { GatewayAccountsOptions } from '../authentication/start-authentication.js';
import { composeSupergraph, type SubgraphDefinition } from '../compose/compose-supergraph.js';
import { loadSubgraph } from '@msp-atlas/service-runtime';
import { manifestSubgraphs } from '../compose/manifest-subgraphs.js';
import { startGatewayServer, type GatewayServerOptions } from '../server.js';
import { signUpAccount, type SignedUpAccount } from './accounts.js';

/** Every subgraph of the manifest runs in the platform. */
export type ServiceName = SubgraphName;

/** One subgraph of the platform, which a test can stop and start again on the same port. */
export interface SubgraphHandle {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface Platform {
  graphql: GraphqlClient;
  /** Origin of the gateway, where the web app is served when `webDistDir` was given. */
  gatewayOrigin: string;
  gatewayUrl: string;
  /** The test's own database (each service in its schema). */
  databaseUrl: string;
  subgraphs: Record<ServiceName, SubgraphHandle>;
  subgraphUrls: Record<ServiceName, string>;
  /** Each subgraph's connection pool; a test inside a service casts its own to its database type. */
  dbs: Record<ServiceName, Kysely<any>>;
  /** In front of the database of the service `databaseBehindProxy` names: stop it to cut that service off. */
  databaseProxy: TcpProxy | null;
  /** An account signed up at start, for tests that only need "someone signed in" to register and edit. */
  member: SignedUpAccount;
  /** A new account, signed in: its client sends the account's token with every request. */
  signUp(overrides?: { email?: string; name?: string; password?: string }): Promise<SignedUpAccount>;
  /** The first administrator, created from configuration as a deployment would. */
  admin: { email: string; password: string };
  /** The secret the gateway signs subgraph requests with; a test signs with it to call a subgraph directly. */
  gatewaySecret: string;
  /** The private key the platform's tokens are signed with, for tests that forge tokens the gateway must refuse. */
  signingKeyPem: string;
  /** The headers of the requests the subgraph `name` received while `action` ran. */
  requestHeadersOf(name: ServiceName, action: () => Promise<unknown>): Promise<IncomingHttpHeaders[]>;
  /** SQL statements the subgraph `name` ran while `action` ran (its background consumers paused meanwhile). */
  countStatements(name: ServiceName, action: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Serve the built web app from the gateway, as `npm start` does. */
  webDistDir?: string;
  /** Gateway settings a test needs to change, such as production mode, small rate limits or subgraph timeouts. */
  gatewayOptions?: Pick<GatewayServerOptions, 'production' | 'limits' | 'subgraphTimeoutsMs'>;
  /** Account settings a test needs to change: an OpenID Connect provider, rates, token lifetime, the access feed. */
  accountsOptions?: AccountsTestOptions;
  /** Further subgraphs composed into the supergraph (a deliberately slow one, say); the test runs them. */
  extraSubgraphs?: SubgraphDefinition[];
  /** This service reaches PostgreSQL through a proxy the test can stop and start. */
  databaseBehindProxy?: ServiceName;
  /** Services' own settings, by subgraph, such as `{ learning: { SEED_DEMO_DATA: true } }` to load demo data as `npm start` can. */
  settings?: Partial<Record<ServiceName, Record<string, unknown>>>;
}

export interface AccountsTestOptions extends Pick<GatewayAccountsOptions, 'oidc' | 'feedIntervalMs' | 'feedStaleAfterMs'> {
  firstAdmin?: { email: string; password?: string };
  /** Per client address, at the gateway. */
  signInRatePerMinute?: number;
  /** Per e-mail address, in the accounts service. */
  signInRatePerEmailPerMinute?: number;
  tokenTtlSeconds?: number;
}

/** Connections per service: enough for a test's parallel requests, few enough for many platforms on one server. */
const POOL_SIZE = 3;

/**
 * The whole platform in one process on a fresh database: each subgraph on its
 * own port with its own connection pool, a supergraph composed from their
 * schemas, and the gateway in front, so tests go through the HTTP path a client uses.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const testDb = await createTestDatabase();
  const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  const statementCounts = new Map<ServiceName, number>();
  const countingStatementsOf = (name: ServiceName) => (event: LogEvent) => {
    if (event.level === 'query') statementCounts.set(name, (statementCounts.get(name) ?? 0) + 1);
  };
  const databaseProxy = options.databaseBehindProxy ? await startTcpProxy(testDb.url) : null;
  const urlOf = (name: ServiceName) => (name === options.databaseBehindProxy ? databaseProxy!.url : testDb.url);

  const definitions = await Promise.all(SUBGRAPHS.map(async (entry) => ({ name: entry.name, subgraph: await loadSubgraph(entry) })));
  const dbs = Object.fromEntries(
    definitions.map(({ name, subgraph }) => [name, subgraph.connect(urlOf(name), { poolSize: POOL_SIZE, onQuery: countingStatementsOf(name) })]),
  ) as Record<ServiceName, Kysely<any>>;
  // The event log is shared: one migration at a time, then the rest side by side.
  const [first, ...others] = definitions;
  await first!.subgraph.migrate(dbs[first!.name]);
  await Promise.all(others.map(({ name, subgraph }) => subgraph.migrate(dbs[name])));

  // New for every platform, as `npm start` makes a new one at every start.
  const gatewaySecret = randomBytes(32).toString('hex');
  const admin = { email: 'admin@platform.test', password: randomBytes(12).toString('hex') };
  const { signInRatePerMinute, signInRatePerEmailPerMinute, tokenTtlSeconds, firstAdmin, ...gatewayAccounts } = options.accountsOptions ?? {};
  // A new Ed25519 key for every platform, as the bench makes one per run.
  const signingKeyPem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // The services' own settings a test may change; the rest keep their defaults. The
  // accounts subgraph is the one the gateway authenticates with (`accounts` below).
  const settingsOf: Partial<Record<ServiceName, Record<string, unknown>>> = {
    ...options.settings,
    accounts: {
      ...options.settings?.accounts,
      AUTH_SIGNING_KEY: signingKeyPem,
      FIRST_ADMIN_EMAIL: (firstAdmin ?? admin).email,
      FIRST_ADMIN_PASSWORD: (firstAdmin ?? admin).password,
      // Cheap hashes: sign-ups are most of a test's set-up; the production cost is tested in the accounts service.
      ACCOUNTS_PASSWORD_COST: 'test',
      ...(tokenTtlSeconds && { AUTH_TOKEN_TTL_SECONDS: tokenTtlSeconds }),
      ...(signInRatePerEmailPerMinute && { ACCOUNTS_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE: signInRatePerEmailPerMinute }),
    },
  };
  // Which subgraph's requests are being recorded, and where to.
  let recording: { name: ServiceName; headers: IncomingHttpHeaders[] } | null = null;
  // Each service's background consumers share its pool: paused while its statements are counted.
  const consumersOf = new Map<ServiceName, { start(): Promise<void>; stop(): Promise<void> }[]>();
  const handles = await Promise.all(
    definitions.map(({ name, subgraph }) =>
      subgraphHandle(async (port) => {
        // Consumers run as in `npm start`, woken by NOTIFY.
        const service = await subgraph.start({ db: dbs[name], logger, gatewaySecret, port, listenUrl: urlOf(name), settings: settingsOf[name] });
        // Another listener next to the service's own: it sees each request, changes nothing.
        service.server.on('request', (request: { headers: IncomingHttpHeaders }) => {
          if (recording?.name === name) recording.headers.push({ ...request.headers });
        });
        consumersOf.set(name, Object.values(service.consumers ?? {}) as { start(): Promise<void>; stop(): Promise<void> }[]);
        return service;
      }),
    ),
  );
  const names = definitions.map(({ name }) => name);
  const subgraphs = Object.fromEntries(names.map((name, index) => [name, handles[index]!])) as Record<ServiceName, SubgraphHandle>;
  const subgraphUrls = Object.fromEntries(names.map((name) => [name, subgraphs[name].url])) as Record<ServiceName, string>;

  const supergraphSdl = composeSupergraph([...(await manifestSubgraphs(subgraphUrls)), ...(options.extraSubgraphs ?? [])]);
  const gateway = await startGatewayServer({
    supergraphSdl,
    gatewaySecret,
    host: '127.0.0.1',
    port: 0,
    logger,
    webDistDir: options.webDistDir,
    ...options.gatewayOptions,
    limits: { signInRatePerMinute, ...options.gatewayOptions?.limits },
    accounts: { url: subgraphUrls.accounts, ...gatewayAccounts },
  });
  const member = await signUpAccount(gateway.graphqlUrl, { name: 'Registry Member' });

  return {
    graphql: graphqlClient(gateway.graphqlUrl),
    gatewayOrigin: gateway.url,
    gatewayUrl: gateway.graphqlUrl,
    databaseUrl: testDb.url,
    subgraphs,
    subgraphUrls,
    dbs,
    databaseProxy,
    member,
    admin,
    signUp: (overrides) => signUpAccount(gateway.graphqlUrl, overrides),
    gatewaySecret,
    signingKeyPem,
    async requestHeadersOf(name, action) {
      const headers: IncomingHttpHeaders[] = [];
      recording = { name, headers };
      try {
        await action();
      } finally {
        recording = null;
      }
      return headers;
    },
    async countStatements(name, action) {
      // Paused meanwhile, so only the action's statements are counted, not a consumer's catching up.
      const consumers = consumersOf.get(name) ?? [];
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      try {
        const before = statementCounts.get(name) ?? 0;
        await action();
        return (statementCounts.get(name) ?? 0) - before;
      } finally {
        await Promise.all(consumers.map((consumer) => consumer.start()));
      }
    },
    async stop() {
      await gateway.close();
      await Promise.all(handles.map((subgraph) => subgraph.stop()));
      await Promise.all(Object.values(dbs).map((db) => db.destroy()));
      await databaseProxy?.stop();
      await testDb.drop();
    },
  };
}

async function subgraphHandle(start: (port: number) => Promise<HttpService>): Promise<SubgraphHandle> {
  let service: HttpService | null = await start(0);
  const port = service.port;
  return {
    url: `${service.url}/graphql`,
    async stop() {
      await service?.close();
      service = null;
    },
    async start() {
      service ??= await start(port);
    },
  };
}
