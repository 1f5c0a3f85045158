import { ConfigError, envBoolean, envString } from '@msp-atlas/config';
import { sql, type Kysely } from '@msp-atlas/db';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, defineSubgraph, subgraphDatabase, type ConsumerDeps, type SubgraphConsumer } from '../src/index.js';

const gatewaySecret = 'a-secret-long-enough-to-be-accepted-here';
const logger = createLogger('test', 'silent');

/** A consumer that records what happens to it and says whether it can work. */
class RecordingConsumer implements SubgraphConsumer {
  ready = true;
  failStart = false;
  onStop: () => Promise<void> = async () => {};

  constructor(
    readonly name: string,
    readonly events: string[],
    readonly deps: ConsumerDeps<any>,
  ) {}

  async start() {
    if (this.failStart) throw new Error(`${this.name} cannot start`);
    this.events.push(`${this.name} started`);
  }

  async stop() {
    await this.onStop();
    this.events.push(`${this.name} stopped`);
  }

  async isReady() {
    return this.ready;
  }
}

function testSubgraph(events: string[], options: { failingConsumer?: boolean } = {}) {
  return defineSubgraph({
    // Any manifest entry will do: it gives the port variable and the default port.
    name: 'sdg',
    database: subgraphDatabase<{ notes: { text: string } }>({
      schema: 'skeleton_test',
      migrations: {
        '20261201T1900_create_notes': {
          up: (db: Kysely<any>) => db.schema.createTable('notes').addColumn('text', 'text').execute(),
        },
      },
    }),
    buildSchema: async () =>
      new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }) }),
    consumers: {
      first: (deps) => new RecordingConsumer('first', events, deps),
      second: (deps) => Object.assign(new RecordingConsumer('second', events, deps), { failStart: options.failingConsumer ?? false }),
    },
    context: ({ db }) => ({ db }),
    settings: { GREETING: envString().default('hello'), LOUD: envBoolean(false) },
    startup: async ({ db, settings }) => {
      const { rows } = await sql<{ count: number }>`select count(*)::int as count from notes`.execute(db);
      events.push(`startup (${settings.GREETING}, ${rows[0]!.count} notes)`);
    },
  });
}

const readiness = async (url: string) => (await fetch(`${url}/readyz`)).status;

describe('defineSubgraph', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  describe('settings', () => {
    const subgraph = testSubgraph([]);

    it('takes the port variable and default port from the manifest, and the service its own settings', () => {
      const env = subgraph.loadEnv({ DATABASE_URL: testDb.url, GATEWAY_SECRET: gatewaySecret, LOUD: 'true' });
      expect(env).toMatchObject({ port: 4002, host: '127.0.0.1', poolSize: 10, logLevel: 'info', production: false });
      expect(env.settings).toEqual({ GREETING: 'hello', LOUD: true });
      expect(
        subgraph.loadEnv({ DATABASE_URL: testDb.url, GATEWAY_SECRET: gatewaySecret, SDG_PORT: '4402', SDG_HOST: '0.0.0.0', NODE_ENV: 'production' }),
      ).toMatchObject({ port: 4402, host: '0.0.0.0', production: true });
    });

    it('fails at once, naming every problem, common and the service’s own', () => {
      let problems: readonly string[] = [];
      try {
        subgraph.loadEnv({ SDG_PORT: 'four', GATEWAY_SECRET: 'short', LOUD: 'maybe' });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        problems = (error as ConfigError).problems;
      }
      expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'GATEWAY_SECRET', 'LOUD', 'SDG_PORT']);
    });
  });

  describe('started on a database the caller owns', () => {
    const events: string[] = [];
    const subgraph = testSubgraph(events);
    let db: Kysely<any>;
    beforeAll(async () => {
      db = subgraph.connect(testDb.url, { poolSize: 2 });
      await subgraph.migrate(db);
    });
    afterAll(async () => {
      await db?.destroy();
    });

    it('migrates into its own schema and prints its SDL', async () => {
      await subgraph.migrate(db);
      const { rows } = await sql<{ table_schema: string }>`
        select table_schema from information_schema.tables where table_name = 'notes'`.execute(db);
      expect(rows).toEqual([{ table_schema: 'skeleton_test' }]);
      expect(await subgraph.printSchema()).toMatch(/hello: String/);
    });

    it('is ready only while its database answers and every consumer runs and says it can work', async () => {
      const service = await subgraph.start({ db, logger, gatewaySecret, port: 0 });
      try {
        // Its start-up work runs on every start, with the settings' defaults unless given.
        expect(events).toEqual(['startup (hello, 0 notes)', 'first started', 'second started']);
        expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
        expect(await readiness(service.url)).toBe(200);
        (service.consumers.second as RecordingConsumer).ready = false;
        expect(await readiness(service.url)).toBe(503);
        (service.consumers.second as RecordingConsumer).ready = true;
        await service.consumers.first.stop();
        expect(await readiness(service.url)).toBe(200);
      } finally {
        await service.close();
      }
    });

    it('leaves the consumers to the caller when told to, and does not count them then', async () => {
      events.length = 0;
      const service = await subgraph.start({ db, logger, gatewaySecret, port: 0, runConsumers: false, settings: { GREETING: 'quiet' } });
      try {
        expect(await readiness(service.url)).toBe(200);
        expect(events).toEqual(['startup (quiet, 0 notes)']);
      } finally {
        await service.close();
      }
      expect(events).toEqual(['startup (quiet, 0 notes)']);
    });

    it('does not start when a consumer cannot, and stops those already started', async () => {
      const failing: string[] = [];
      const broken = testSubgraph(failing, { failingConsumer: true });
      await expect(broken.start({ db, logger, gatewaySecret, port: 0 })).rejects.toThrow(/Consumer second could not start/);
      expect(failing).toEqual(['startup (hello, 0 notes)', 'first started', 'first stopped']);
    });
  });

  describe('run from the environment', () => {
    it('migrates, runs its start-up work, serves, and stops HTTP, then the consumers, then the pool', async () => {
      const events: string[] = [];
      const subgraph = testSubgraph(events);
      const running = await subgraph.run({ DATABASE_URL: testDb.url, GATEWAY_SECRET: gatewaySecret, SDG_PORT: '0', LOG_LEVEL: 'silent', GREETING: 'hi' });
      expect(events).toEqual(['startup (hi, 0 notes)', 'first started', 'second started']);
      expect(await readiness(running.url)).toBe(200);

      const consumers = [running.consumers.first, running.consumers.second] as RecordingConsumer[];
      for (const consumer of consumers) {
        consumer.onStop = async () => {
          // Its last batch can still commit: the pool is open, and no request comes in any more.
          await sql`select 1`.execute(consumer.deps.db);
          events.push(`${consumer.name}: ${running.server.listening ? 'HTTP still open' : 'HTTP closed'}, pool open`);
        };
      }
      await running.close();
      expect(events.slice(3).sort()).toEqual(['first stopped', 'first: HTTP closed, pool open', 'second stopped', 'second: HTTP closed, pool open']);
      await expect(sql`select 1`.execute(consumers[0]!.deps.db)).rejects.toThrow();
    });
  });
});
