import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { loadConfig } from '@msp-atlas/config';
import { databaseReadiness } from '@msp-atlas/db';
import type { EventConsumer, EventConsumerDefinition } from '@msp-atlas/events';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { subgraphEntry, type SubgraphEntry, type SubgraphName } from '@msp-atlas/subgraph-manifest';
import type { GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { startGraphqlService } from './graphql-service.js';
import type { HttpService, RouteHandler } from './http-service.js';
import { createLogger, type Logger } from './logger.js';
import { createEventConsumer } from './event-consumer-factory.js';
import { onShutdownSignal } from './shutdown.js';
import { ConsumerLifecycle, type ConsumerDeps, type ConsumerFactories, type SubgraphConsumer } from './subgraph-consumers.js';
import { connectSubgraphDatabase, migrateSubgraphDatabase, type ConnectOptions, type SubgraphDatabase } from './subgraph-database.js';
import { loadSubgraphEnv, type ServiceSettingsShape, type SubgraphEnv } from './subgraph-env.js';

type Settings<Shape extends ServiceSettingsShape> = z.infer<z.ZodObject<Shape>>;

/** A service's event consumers by name, as definitions (`packages/events`). */
export type EventConsumerDefinitions = Record<string, EventConsumerDefinition<any>>;

/** The running consumers a service's requests see: its own kinds, and one EventConsumer per event consumer definition. */
export type RunningConsumers<Consumers, EventDefinitions> = Consumers & { [Name in keyof EventDefinitions]: EventConsumer };

/** What a service's own start-up parts get: its database, logger and settings. */
export interface ServiceDeps<Tables, Settings> {
  db: Kysely<Tables>;
  logger: Logger;
  settings: Settings;
  /** Shared with the gateway, for routes that also refuse anything it did not sign. */
  gatewaySecret: string;
}

/** What the per-request context factory gets. */
export interface RequestContextDeps<Tables, Consumers, Services = undefined> {
  db: Kysely<Tables>;
  consumers: Consumers;
  /** What the spec's `services` built at start (signing keys, rate limiters). */
  services: Services;
  /** Whom the gateway vouched for (anonymous when started without a gateway secret). */
  identity: GatewayIdentity;
  request: IncomingMessage;
}

/** What is particular to one subgraph; the skeleton provides the rest. */
export interface SubgraphSpec<Tables, Consumers, Shape extends ServiceSettingsShape, Context, Services = undefined, EventDefinitions = Record<never, never>> {
  /** Its manifest entry's name: the port, host and URL variables come from there. */
  name: SubgraphName;
  database: SubgraphDatabase<Tables>;
  buildSchema: () => Promise<GraphQLSchema>;
  context: (deps: RequestContextDeps<Tables, RunningConsumers<Consumers, EventDefinitions>, Services>) => Context | Promise<Context>;
  /** State built once per start from the settings, shared by every request (keys, limiters). */
  services?: (deps: ServiceDeps<Tables, Settings<Shape>>) => Services | Promise<Services>;
  /** HTTP routes served next to /graphql (a public key set, a feed only the gateway may read). */
  routes?: (deps: ServiceDeps<Tables, Settings<Shape>> & { services: Services }) => RouteHandler[] | Promise<RouteHandler[]>;
  /**
   * The service's event consumers by name: each runs in the service (see
   * createEventConsumer), and the event-log commands (replay, dead letters) find them here.
   */
  eventConsumers?: EventDefinitions;
  /** Other background consumers by name, each built from the service's database and logger. */
  consumers?: ConsumerFactories<Tables, Consumers>;
  /** The service's own settings, read and checked with the common ones (`@msp-atlas/config` fields). */
  settings?: Shape;
  /** Work after migrating and before serving (loading demo data, the first administrator). */
  startup?: (deps: ServiceDeps<Tables, Settings<Shape>> & { services: Services }) => Promise<void>;
}

export interface SubgraphStartOptions<Tables, Settings = unknown> {
  /** Migrated already; whoever passes it keeps it (closing the service leaves it open). */
  db: Kysely<Tables>;
  logger: Logger;
  /** Shared with the gateway; requests without its proof are refused. */
  gatewaySecret: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Hides introspection. */
  production?: boolean;
  /** Database URL the consumers LISTEN on for wake-ups; absent: they poll. */
  listenUrl?: string;
  /** false: the consumers are built but not started, for a test to drive them; default true. */
  runConsumers?: boolean;
  /** The service's own settings, over their defaults (`run` reads them all from the environment). */
  settings?: Partial<Settings>;
}

export type RunningSubgraph<Consumers> = HttpService & {
  consumers: Consumers;
  /** Stops taking requests and waits for those in flight, then lets the consumers finish their batches. */
  close(): Promise<void>;
};

export interface Subgraph<Tables, Consumers, Shape extends ServiceSettingsShape> {
  name: SubgraphName;
  manifestEntry: SubgraphEntry;
  /** The settings from the environment, failing at once with every problem listed. */
  loadEnv(env?: Record<string, string | undefined>): SubgraphEnv<Settings<Shape>>;
  connect(url: string, options?: ConnectOptions): Kysely<Tables>;
  /** Brings the shared schemas (the event log) and the service's own up to date. */
  migrate(db: Kysely<any>): Promise<void>;
  buildSchema(): Promise<GraphQLSchema>;
  /** The subgraph SDL, as composition reads it. */
  printSchema(): Promise<string>;
  /** Writes the SDL to a file: the service's build step. */
  writeSchema(target?: string): Promise<void>;
  createConsumers(deps: ConsumerDeps<Tables>): Consumers;
  /** Its event consumers' definitions, for the event-log commands. */
  eventConsumerDefinitions: readonly EventConsumerDefinition<any>[];
  /** Serves on a database the caller connected and migrated (tests, the test platform). */
  start(options: SubgraphStartOptions<Tables, Settings<Shape>>): Promise<RunningSubgraph<Consumers>>;
  /** Reads the environment, connects, migrates, then starts; `close` also closes the pool. */
  run(env?: Record<string, string | undefined>): Promise<RunningSubgraph<Consumers> & { logger: Logger }>;
  /** A service's main.ts: `run()`, then a graceful stop on SIGTERM/SIGINT. */
  main(): Promise<void>;
}

/**
 * One subgraph process from what is particular to it: its name in the manifest, its
 * database schema and migrations, its GraphQL schema, its request context, its
 * consumers and settings. See the package README for the order of start and stop.
 */
export function defineSubgraph<
  Tables,
  Consumers extends Record<string, SubgraphConsumer> = Record<never, never>,
  Shape extends ServiceSettingsShape = Record<never, never>,
  Context extends object = object,
  Services = undefined,
  EventDefinitions extends EventConsumerDefinitions = Record<never, never>,
>(spec: SubgraphSpec<Tables, Consumers, Shape, Context, Services, EventDefinitions>): Subgraph<Tables, RunningConsumers<Consumers, EventDefinitions>, Shape> {
  type Running = RunningConsumers<Consumers, EventDefinitions>;
  const manifestEntry = subgraphEntry(spec.name);
  const loadEnv = (env: Record<string, string | undefined> = process.env) => loadSubgraphEnv(manifestEntry, spec.settings ?? ({} as Shape), env);
  const connect = (url: string, options?: ConnectOptions) => connectSubgraphDatabase(spec.name, spec.database, url, options);
  const migrate = (db: Kysely<any>) => migrateSubgraphDatabase(spec.database, db);
  const printSchema = async () => printSubgraphSchema(await spec.buildSchema());
  const eventConsumers = Object.entries(spec.eventConsumers ?? {});
  const createConsumers = (deps: ConsumerDeps<Tables>) =>
    Object.fromEntries([
      ...eventConsumers.map(([name, definition]) => [name, createEventConsumer(definition, deps)]),
      ...Object.entries(spec.consumers ?? {}).map(([name, create]) => [name, create(deps)]),
    ]) as Running;

  async function start(options: SubgraphStartOptions<Tables, Settings<Shape>>): Promise<RunningSubgraph<Running>> {
    const { db, logger, gatewaySecret } = options;
    const settings = { ...(loadConfig(spec.settings ?? {}, {}) as Settings<Shape>), ...options.settings };
    const serviceDeps = { db, logger, settings, gatewaySecret };
    const services = (await spec.services?.(serviceDeps)) as Services;
    await spec.startup?.({ ...serviceDeps, services });
    const routes = (await spec.routes?.({ ...serviceDeps, services })) ?? [];
    const schema = await spec.buildSchema();
    const consumers = createConsumers({ db, logger, listenUrl: options.listenUrl });
    const lifecycle = new ConsumerLifecycle(options.runConsumers === false ? {} : consumers);
    const databaseAnswers = databaseReadiness(db);
    await lifecycle.startAll();
    let service: HttpService;
    try {
      service = await startGraphqlService({
        name: spec.name,
        schema,
        host: options.host,
        port: options.port,
        logger,
        production: options.production,
        gatewaySecret: options.gatewaySecret,
        context: async (request, identity) => spec.context({ db, consumers, services, identity, request }),
        extraRoutes: routes,
        isReady: async () => (await databaseAnswers()) && (await lifecycle.isReady()),
      });
    } catch (error) {
      await lifecycle.stopAll();
      throw error;
    }
    return {
      ...service,
      consumers,
      close: async () => {
        await service.close();
        // Their batches commit while the pool is still open.
        await lifecycle.stopAll();
      },
    };
  }

  async function run(env: Record<string, string | undefined> = process.env) {
    const settings = loadEnv(env);
    const logger = createLogger(spec.name, settings.logLevel);
    const db = connect(settings.databaseUrl, { poolSize: settings.poolSize });
    try {
      await migrate(db);
      const running = await start({
        settings: settings.settings,
        db,
        logger,
        host: settings.host,
        port: settings.port,
        production: settings.production,
        gatewaySecret: settings.gatewaySecret,
        listenUrl: settings.databaseUrl,
      });
      return {
        ...running,
        logger,
        close: async () => {
          await running.close();
          await db.destroy();
        },
      };
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }

  return {
    name: spec.name,
    manifestEntry,
    loadEnv,
    connect,
    migrate,
    buildSchema: spec.buildSchema,
    printSchema,
    async writeSchema(target = 'dist/schema.graphql') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await printSchema());
    },
    createConsumers,
    eventConsumerDefinitions: eventConsumers.map(([, definition]) => definition),
    start,
    run,
    async main() {
      let running: Awaited<ReturnType<typeof run>>;
      try {
        running = await run();
      } catch (error) {
        // A start that cannot work (settings, a cursor that does not fit) says why in the log, once.
        createLogger(spec.name, process.env.LOG_LEVEL ?? 'info').fatal({ err: error }, `${spec.name} could not start: ${(error as Error).message}`);
        process.exit(1);
      }
      onShutdownSignal(running.logger, running.close);
    },
  };
}
