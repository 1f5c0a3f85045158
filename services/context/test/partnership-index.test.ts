import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { listDeadLetters, PoisonEventError, readEvents, runEventLogCommand, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { contextSubgraph, createPartnershipIndexConsumer, PARTNERSHIP_INDEX_CONSUMER, type ContextDb } from '../src/index.js';
import { postGraphql } from '@msp-atlas/test-harness';
import { indexPartnershipEvent } from '../src/overlap-index/index-partnership-event.js';
import { appendCommitted, catchUp, partnershipEvent, waitFor } from './partnership-events.js';

const gatewaySecret = randomBytes(32).toString('hex');

describe('partnership index', () => {
  const logger = createLogger('context', 'silent');
  let testDb: TestDatabase;
  let db: ContextDb;
  let consumer: EventConsumer;

  const indexRow = (id: string) => db.selectFrom('partnership_index').selectAll().where('partnership_id', '=', id).executeTakeFirst();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = contextSubgraph.connect(testDb.url);
    await contextSubgraph.migrate(db);
  });
  beforeEach(async () => {
    await sql`truncate event_log.events, event_log.consumer_cursors, event_log.dead_letters, context.partnership_index restart identity`.execute(db);
    consumer = createPartnershipIndexConsumer({ db, logger });
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  /** The log's events once readers see them (another test's transaction can hold them back briefly). */
  const visibleEvents = async () => {
    let events: Awaited<ReturnType<typeof readEvents>>['events'] = [];
    await waitFor(async () => {
      events = (await readEvents(db, null, 10)).events;
      return events.length > 0;
    });
    return events;
  };

  it('keeps its table in the context schema and migrates idempotently', async () => {
    await contextSubgraph.migrate(db);
    const { rows } = await sql<{ table_schema: string }>`
      select table_schema from information_schema.tables where table_name = 'partnership_index'`.execute(db);
    expect(rows).toEqual([{ table_schema: 'context' }]);
  });

  it('indexes partnerships from their events and ignores other aggregates', async () => {
    const water = randomUUID();
    const forest = randomUUID();
    await appendCommitted(db, [
      partnershipEvent(water, 1, {
        name: 'Water for all',
        countries: ['KEN', 'UGA'],
        regions: ['014'],
        sectors: ['140', '310'],
        sdgTargets: ['6.1', '6.a'],
        phase: 'DESIGN',
      }),
      fixtureEvent('OrganizationRegistered', { organization: { id: randomUUID(), name: 'Water Trust', type: 'PHILANTHROPY', country: null } }),
    ]);
    await appendCommitted(db, [partnershipEvent(forest, 1, { name: 'Forest keepers' })]);
    await catchUp(consumer);

    expect(await indexRow(water)).toMatchObject({
      partnership_id: water,
      version: 1,
      name: 'Water for all',
      countries: ['KEN', 'UGA'],
      regions: ['014'],
      sectors: ['140', '310'],
      sdg_targets: ['6.1', '6.a'],
      phase: 'DESIGN',
      status: 'ACTIVE',
    });
    expect((await indexRow(water))?.indexed_at).toBeInstanceOf(Date);
    expect((await indexRow(forest))?.name).toBe('Forest keepers');
    const { count } = await db
      .selectFrom('partnership_index')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(2);
  });

  it('applies newer versions and never lets an older or repeated one overwrite them', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { name: 'First name' })]);
    await appendCommitted(db, [partnershipEvent(id, 3, { name: 'Third name', phase: 'IMPLEMENTATION', sdgTargets: ['6.2'] })]);
    // Version 2 reaches the log after version 3, as a late writer's would.
    await appendCommitted(db, [partnershipEvent(id, 2, { name: 'Second name' })]);
    await catchUp(consumer);
    expect(await indexRow(id)).toMatchObject({ version: 3, name: 'Third name', phase: 'IMPLEMENTATION', sdg_targets: ['6.2'] });

    // Delivered again from the start (at least once): the index stays at version 3.
    await consumer.replayFromStart();
    await catchUp(consumer);
    expect(await indexRow(id)).toMatchObject({ version: 3, name: 'Third name' });

    await appendCommitted(db, [partnershipEvent(id, 4, { name: 'Fourth name', status: 'COMPLETED' })]);
    await catchUp(consumer);
    expect(await indexRow(id)).toMatchObject({ version: 4, name: 'Fourth name', status: 'COMPLETED' });
  });

  it('rebuilds the whole index with the replay command', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await appendCommitted(db, [partnershipEvent(id, 1), partnershipEvent(id, 2, { name: `Renamed ${id}` })]);
    await catchUp(consumer);
    const indexed = () => db.selectFrom('partnership_index').select(['partnership_id', 'version', 'name']).orderBy('partnership_id').execute();
    const before = await indexed();
    expect(before).toHaveLength(3);

    const printed: string[] = [];
    const code = await runEventLogCommand(['replay', PARTNERSHIP_INDEX_CONSUMER], [{ db, consumers: contextSubgraph.eventConsumerDefinitions }], (line) =>
      printed.push(line),
    );
    expect(code).toBe(0);
    expect(await indexed()).toEqual([]); // cleared with the cursor, in one transaction
    expect(await consumer.lag()).toBe(6);
    await catchUp(consumer);
    const after = await indexed();
    expect(after).toEqual(before);
    expect(after.every((row) => row.version === 2 && row.name.startsWith('Renamed'))).toBe(true);
  });

  it('parks an event whose snapshot is malformed at once instead of indexing it', async () => {
    const id = randomUUID();
    const broken = partnershipEvent(id, 1);
    (broken.payload as { partnership: Record<string, unknown> }).partnership.countries = 'KEN';
    await appendCommitted(db, [broken]);
    await waitFor(async () => {
      await consumer.processAvailable();
      return (await listDeadLetters(db, { consumer: PARTNERSHIP_INDEX_CONSUMER })).length === 1;
    });
    const [parked] = await listDeadLetters(db, { consumer: PARTNERSHIP_INDEX_CONSUMER });
    expect(parked).toMatchObject({ attempts: 1 });
    expect(parked?.error).toMatch(/countries/);
    expect(await consumer.status()).toMatchObject({ pending: 0, parked: 1 });
    expect(await indexRow(id)).toBeUndefined();
  });

  it('passes over membership changes, which leave the published record alone', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { name: 'Before the invitation' })]);
    await appendCommitted(db, [
      fixtureEvent('PartnershipMemberInvited', { invitationId: randomUUID() }, { aggregateId: id, aggregateVersion: 2 }),
      fixtureEvent('PartnershipMemberRemoved', { accountId: 'account-1' }, { aggregateId: id, aggregateVersion: 3 }),
    ]);
    await catchUp(consumer);
    expect(await indexRow(id)).toMatchObject({ version: 1, name: 'Before the invitation' });
    await appendCommitted(db, [partnershipEvent(id, 4, { name: 'After the invitation' })]);
    await catchUp(consumer);
    expect(await indexRow(id)).toMatchObject({ version: 4, name: 'After the invitation' });
  });

  it.each([
    [
      'a snapshot of the wrong shape',
      (event: NewEvent) => ({ ...event, payload: { partnership: { ...(event.payload as any).partnership, countries: 'KEN' } } }),
      /countries/,
    ],
    ['an unknown schema version', (event: NewEvent) => ({ ...event, schemaVersion: 2 }), /schema version 2 of PartnershipRegistered is unknown/],
  ])('refuses %s as a poison event and indexes nothing', async (_case, spoil, message) => {
    const id = randomUUID();
    await appendCommitted(db, [spoil(partnershipEvent(id, 1))]);
    const [stored] = await visibleEvents();
    const indexing = db.transaction().execute((trx) => indexPartnershipEvent(trx, stored!));
    await expect(indexing).rejects.toThrow(PoisonEventError);
    await expect(indexing).rejects.toThrow(message);
    expect(await indexRow(id)).toBeUndefined();
  });

  it('keeps the index current in the background, woken by NOTIFY', async () => {
    const background = createPartnershipIndexConsumer({ db, logger, listenUrl: testDb.url, pollIntervalMs: 60_000 });
    await background.start();
    try {
      const id = randomUUID();
      await appendCommitted(db, [partnershipEvent(id, 1, { name: 'Noticed at once' })]);
      await waitFor(async () => (await indexRow(id))?.name === 'Noticed at once');
    } finally {
      await background.stop();
    }
  });

  describe('through the subgraph', () => {
    let service: Awaited<ReturnType<typeof contextSubgraph.start>>;
    // Signed as the gateway signs: the subgraph refuses anything else.
    const signedPost = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });
    const status = async () => {
      const { data, errors } = await signedPost('{ overlapIndexStatus { indexedPartnerships lag } }');
      expect(errors).toBeUndefined();
      return data.overlapIndexStatus;
    };

    beforeAll(async () => {
      // Its own consumer stays idle: the test drives `consumer`, which shares its cursor.
      service = await contextSubgraph.start({ db, logger, port: 0, gatewaySecret, runConsumers: false });
    });
    afterAll(async () => {
      await service?.close();
    });

    it('reports how many partnerships are indexed and how far the index lags', async () => {
      expect(await status()).toEqual({ indexedPartnerships: 0, lag: 0 });
      await appendCommitted(db, [partnershipEvent(randomUUID(), 1), partnershipEvent(randomUUID(), 1)]);
      await appendCommitted(db, [partnershipEvent(randomUUID(), 1)]);
      expect(await status()).toEqual({ indexedPartnerships: 0, lag: 3 });
      await catchUp(consumer);
      expect(await status()).toEqual({ indexedPartnerships: 3, lag: 0 });
    });

    it('reports the age of the oldest event not indexed yet and the parked events', async () => {
      const { data } = await signedPost('{ overlapIndexStatus { lagSeconds parkedEvents } }');
      expect(data.overlapIndexStatus).toEqual({ lagSeconds: 0, parkedEvents: 0 });
      await appendCommitted(db, [partnershipEvent(randomUUID(), 1)]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { data: behind } = await signedPost('{ overlapIndexStatus { lag lagSeconds } }');
      expect(behind.overlapIndexStatus.lag).toBe(1);
      expect(behind.overlapIndexStatus.lagSeconds).toBeGreaterThanOrEqual(0.2);
    });

    it('serves a Federation 2 subgraph SDL', async () => {
      const { data } = await signedPost('{ _service { sdl } }');
      expect(data._service.sdl).toMatch(/overlapIndexStatus: OverlapIndexStatus\n/);
    });
  });
});
