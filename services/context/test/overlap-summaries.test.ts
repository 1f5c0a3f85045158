import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { runEventLogCommand, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import { createLogger } from '@msp-atlas/service-runtime';
import { postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import {
  contextSubgraph,
  createOverlapSummariser,
  createPartnershipIndexConsumer,
  PARTNERSHIP_INDEX_CONSUMER,
  type ContextDb,
  type OverlapSummariser,
} from '../src/index.js';
import { appendCommitted, catchUp } from './partnership-events.js';

let gatewaySecret: string;

const SIGNALS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { id overlapHealthSignal { overlaps duplicates strongestScore computedAt } } } }`;

const KISUMU_TEXT =
  'Piped drinking water and hand pumps for 40 villages around Kisumu, with water committees trained to keep the pumps running and fees collected.';

/** A Kenyan water partnership in Kisumu; a second one with the same partner, text and start reads as its duplicate. */
function kisumuWater(organizationId: string, overrides: Partial<PartnershipSnapshot> = {}): PartnershipSnapshot {
  return partnershipSnapshotFixture({
    name: 'Kisumu Water 40 Villages',
    description: KISUMU_TEXT,
    sdgTargets: ['6.1', '6.b'],
    startDate: '2025-03-01',
    stakeholders: [{ organizationId, organizationType: 'NGO', country: 'KEN', roles: ['INITIATOR'], contributions: [] }],
    ...overrides,
  });
}

const registered = (partnership: PartnershipSnapshot): NewEvent =>
  fixtureEvent('PartnershipRegistered', { partnership }, { aggregateId: partnership.id, aggregateVersion: 1 });

describe('overlap summaries', () => {
  const logger = createLogger('context', 'silent');
  let subgraph: TestSubgraphOf<typeof contextSubgraph>;
  let db: ContextDb;
  let consumer: EventConsumer;
  let summariser: OverlapSummariser;
  let service: Awaited<ReturnType<typeof contextSubgraph.start>>;
  const post = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });

  const signalsOf = async (ids: string[]) => {
    const { data, errors } = await post(SIGNALS, { r: ids.map((id) => ({ __typename: 'Partnership', id })) });
    expect(errors).toBeUndefined();
    return new Map<string, any>(data._entities.map((entity: { id: string; overlapHealthSignal: unknown }) => [entity.id, entity.overlapHealthSignal]));
  };
  const pending = async () => {
    const { data, errors } = await post('{ overlapIndexStatus { summariesPending } }');
    expect(errors).toBeUndefined();
    return data.overlapIndexStatus.summariesPending as number;
  };
  // Straight from the table: a reader of the log waits for other test files' open transactions (the xmin rule).
  const overlapEvents = async () => {
    const { rows } = await sql<{ id: string; version: number; source: string; payload: any }>`
      select aggregate_id as id, aggregate_version as version, source, payload from event_log.events
      where type = 'PartnershipOverlapsChanged' order by seq`.execute(db);
    return rows;
  };
  const summaries = () =>
    db
      .selectFrom('overlap_summaries')
      .select(['partnership_id', 'overlaps', 'duplicates', 'strongest_score', 'version', 'overlap_ids'])
      .orderBy('partnership_id')
      .execute();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(contextSubgraph);
    ({ db, service, gatewaySecret } = subgraph);
  });
  beforeEach(async () => {
    await sql`truncate event_log.events, event_log.consumer_cursors, event_log.dead_letters, context.partnership_index,
      context.partnership_sdg_suggestions, context.overlap_terms, context.overlap_term_stats, context.overlap_summaries, context.overlap_summary_queue
      restart identity`.execute(db);
    consumer = createPartnershipIndexConsumer({ db, logger });
    summariser = createOverlapSummariser({ db, logger });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  /** A first water partnership in Kisumu, one elsewhere, then the Kisumu one registered again by the same partner. */
  async function registerNearDuplicate() {
    const partner = randomUUID();
    const original = kisumuWater(partner);
    const elsewhere = partnershipSnapshotFixture({
      name: 'Forest guardians of the Atlantic coast',
      countries: ['BRA'],
      sectors: ['312'],
      sdgTargets: ['15.1'],
    });
    await appendCommitted(db, [registered(original), registered(elsewhere)]);
    await catchUp(consumer);
    await summariser.summariseAvailable();
    const duplicate = kisumuWater(partner, { name: 'Kisumu 40 Villages Water Access', startDate: '2025-04-15' });
    await appendCommitted(db, [registered(duplicate)]);
    await catchUp(consumer);
    return { original: original.id, elsewhere: elsewhere.id, duplicate: duplicate.id };
  }

  it('counts a near-duplicate registration for both partnerships and publishes the change for each', async () => {
    const { original, elsewhere, duplicate } = await registerNearDuplicate();
    // The new one is marked in the index's transaction; the one it overlaps once it is summarised.
    expect(await pending()).toBe(1);
    expect((await signalsOf([duplicate])).get(duplicate)).toBeNull();

    expect(await summariser.summariseAvailable()).toEqual({ summarised: 2, changed: 2 });
    expect(await pending()).toBe(0);
    const signals = await signalsOf([original, elsewhere, duplicate, randomUUID()]);
    expect(signals.get(original)).toMatchObject({ overlaps: 1, duplicates: 1 });
    expect(signals.get(duplicate)).toMatchObject({ overlaps: 1, duplicates: 1 });
    expect(signals.get(duplicate).strongestScore).toBeGreaterThan(0.5);
    expect(signals.get(duplicate).strongestScore).toBe(signals.get(original).strongestScore);
    expect(signals.get(elsewhere)).toMatchObject({ overlaps: 0, duplicates: 0, strongestScore: null });
    expect([...signals.values()].filter((signal) => signal === null)).toHaveLength(1);

    const events = await overlapEvents();
    // First counts (nothing around), then the original's count moves when its duplicate arrives.
    expect(events.filter((event) => event.id === original).map((event) => [event.version, event.payload])).toEqual([
      [1, { partnershipId: original, overlaps: 0, duplicates: 0, strongestScore: null }],
      [2, { partnershipId: original, overlaps: 1, duplicates: 1, strongestScore: signals.get(original).strongestScore }],
    ]);
    expect(events.filter((event) => event.id === duplicate).map((event) => [event.version, event.payload])).toEqual([
      [1, { partnershipId: duplicate, overlaps: 1, duplicates: 1, strongestScore: signals.get(duplicate).strongestScore }],
    ]);
    expect(events.filter((event) => event.id === elsewhere).map((event) => event.version)).toEqual([1]);
    expect(new Set(events.map((event) => event.source))).toEqual(new Set(['context']));
  });

  it('counts the one it overlapped before again when a partnership moves away from it', async () => {
    const { original, duplicate } = await registerNearDuplicate();
    await summariser.summariseAvailable();
    const moved = kisumuWater(randomUUID(), {
      id: duplicate,
      name: 'Reading corners in Cusco schools',
      description: 'Books and reading clubs for primary schools.',
      countries: ['PER'],
      sectors: ['112'],
      sdgTargets: ['4.1'],
    });
    await appendCommitted(db, [
      fixtureEvent('PartnershipUpdated', { changedFields: ['countries'], partnership: moved }, { aggregateId: duplicate, aggregateVersion: 2 }),
    ]);
    await catchUp(consumer);
    await summariser.summariseAvailable();
    const signals = await signalsOf([original, duplicate]);
    expect(signals.get(original)).toMatchObject({ overlaps: 0, duplicates: 0, strongestScore: null });
    expect(signals.get(duplicate)).toMatchObject({ overlaps: 0, duplicates: 0 });
    expect((await overlapEvents()).filter((event) => event.id === original).map((event) => [event.version, event.payload.overlaps])).toEqual([
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
  });

  it('publishes nothing again when the same partnerships are counted again', async () => {
    const ids = Object.values(await registerNearDuplicate());
    await summariser.summariseAvailable();
    const [before, eventsBefore] = [await summaries(), await overlapEvents()];
    await db.transaction().execute((trx) => sql`insert into context.overlap_summary_queue (partnership_id) select unnest(${ids}::uuid[])`.execute(trx));
    expect(await summariser.summariseAvailable()).toEqual({ summarised: 3, changed: 0 });
    expect(await summaries()).toEqual(before);
    expect(await overlapEvents()).toEqual(eventsBefore);
    // Events delivered again (the cursor lost, the index kept) change nothing in the index, so mark nothing.
    await sql`delete from event_log.consumer_cursors where consumer = ${PARTNERSHIP_INDEX_CONSUMER}`.execute(db);
    await catchUp(createPartnershipIndexConsumer({ db, logger }));
    expect(await pending()).toBe(0);
  });

  it('rebuilds the same summaries when the index is replayed, without new events', async () => {
    await registerNearDuplicate();
    await summariser.summariseAvailable();
    const [before, eventsBefore] = [await summaries(), await overlapEvents()];
    expect(before).toHaveLength(3);

    const code = await runEventLogCommand(['replay', PARTNERSHIP_INDEX_CONSUMER], [{ db, consumers: contextSubgraph.eventConsumerDefinitions }], () => {});
    expect(code).toBe(0);
    await catchUp(consumer);
    expect(await pending()).toBe(3);
    expect(await summariser.summariseAvailable()).toEqual({ summarised: 3, changed: 0 });
    expect(await summaries()).toEqual(before);
    expect(await overlapEvents()).toEqual(eventsBefore);
  });

  it('summarises in the background once started', async () => {
    const { duplicate } = await registerNearDuplicate();
    const background = createOverlapSummariser({ db, logger });
    await background.start();
    try {
      const deadline = Date.now() + 10_000;
      while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await signalsOf([duplicate])).get(duplicate)).toMatchObject({ overlaps: 1 });
    } finally {
      await background.stop();
    }
  });
});
