import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { appendEvents, replayConsumer, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { createLogger } from '@msp-atlas/service-runtime';
import { postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { createPartnershipProjectionConsumer, createWeakFactorsConsumer, learningSubgraph, type LearningDb } from '../src/index.js';
import { partnershipWeakFactorsConsumer } from '../src/partnership/partnership-weak-factors-consumer.js';
import { seedLesson } from './support/lesson-builders.js';

let gatewaySecret: string;

const RECOMMENDED = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { id
  recommendedLessons(first: 5) { score addresses reasons { kind code } lesson { id } } } } }`;
const SIGNALS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { id learningHealthSignal { publishedLessons lastPublishedOn } } } }`;

/** A PartnershipHealthChanged as the registry's health projection appends it, through the contract. */
function healthChanged(partnershipId: string, version: number, weakestFactors: SuccessFactor[]): NewEvent {
  const statuses = Object.fromEntries(Object.values(SuccessFactor).map((factor) => [factor, weakestFactors.includes(factor) ? 'WEAK' : 'ADEQUATE'])) as Record<
    SuccessFactor,
    'WEAK' | 'ADEQUATE'
  >;
  return fixtureEvent(
    'PartnershipHealthChanged',
    { partnershipId, phase: 'INITIATION', evaluatedOn: '2026-12-01', statuses, weakestFactors },
    { aggregateId: partnershipId, aggregateVersion: version },
  );
}

describe('learning and the health check', () => {
  let subgraph: TestSubgraphOf<typeof learningSubgraph>;
  let db: LearningDb;
  // The record events' consumer and the health evaluations' one, driven together.
  let consumers: EventConsumer[];
  const consume = async () => {
    for (const consumer of consumers) await consumer.processAvailable();
  };
  let service: Awaited<ReturnType<typeof learningSubgraph.start>>;
  const logger = createLogger('learning', 'silent');
  const post = (query: string, variables: Record<string, unknown>) => postGraphql(service.url, query, variables, { gatewaySecret });
  const entities = async (query: string, ids: string[]) => {
    const { data, errors } = await post(query, { r: ids.map((id) => ({ __typename: 'Partnership', id })) });
    expect(errors).toBeUndefined();
    return data._entities as any[];
  };
  const recommended = async (id: string) => (await entities(RECOMMENDED, [id]))[0].recommendedLessons as any[];
  const append = async (events: NewEvent[]) => {
    await db.transaction().execute((trx) => appendEvents(trx, 'partnerships', events));
    await consume();
  };
  const published = async (overrides: Parameters<typeof seedLesson>[1], publishedAt: string) => {
    const row = await seedLesson(db, overrides);
    await db
      .updateTable('lessons')
      .set({ published_at: new Date(publishedAt) })
      .where('id', '=', row.id)
      .execute();
    return row.id;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(learningSubgraph);
    ({ db, service, gatewaySecret } = subgraph);
  });
  beforeEach(async () => {
    await sql`truncate event_log.events, event_log.consumer_cursors, event_log.dead_letters, learning.lessons,
      learning.partnership_projection, learning.partnership_weak_factors restart identity cascade`.execute(db);
    consumers = [createPartnershipProjectionConsumer({ db, logger }), createWeakFactorsConsumer({ db, logger })];
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('counts the published lessons of many partnerships in one request, with the latest publication date', async () => {
    const [contributing, silent] = [randomUUID(), randomUUID()];
    await published({ partnership_id: contributing }, '2026-03-04T10:00:00Z');
    await published({ partnership_id: contributing }, '2026-11-30T23:30:00Z');
    await seedLesson(db, { partnership_id: contributing, status: 'SUBMITTED' });
    await published({}, '2026-12-01T08:00:00Z');

    const signals = await entities(SIGNALS, [contributing, silent, 'not-an-id']);
    expect(signals.map((entity) => entity.learningHealthSignal)).toEqual([
      { publishedLessons: 2, lastPublishedOn: '2026-11-30' },
      { publishedLessons: 0, lastPublishedOn: null },
      { publishedLessons: 0, lastPublishedOn: null },
    ]);
  });

  it('ranks lessons on the weakest success factors higher once the health check has told them, and says which each addresses', async () => {
    const id = randomUUID();
    await append([
      fixtureEvent(
        'PartnershipRegistered',
        { partnership: partnershipSnapshotFixture({ id, countries: ['KEN'], sectors: [], sdgTargets: ['6.1'] }) },
        { aggregateId: id },
      ),
    ]);
    const local = await published({ countries: ['KEN'], sdgTargets: ['6.1'], sdgGoals: ['6'] }, '2026-10-01T00:00:00Z');
    const onTrust = await published({ successFactors: ['TRUST'], countries: ['PER'] }, '2026-10-02T00:00:00Z');
    const onBoth = await published({ successFactors: ['SECRETARIAT', 'TRUST', 'LEARNING'], countries: ['KEN'] }, '2026-10-03T00:00:00Z');

    // Before any health evaluation: only what the partnership's record shares, nothing addressed.
    const before = await recommended(id);
    expect(before.map((item) => item.lesson.id)).toEqual([local, onBoth]);
    expect(before.every((item) => item.addresses.length === 0)).toBe(true);

    await append([healthChanged(id, 1, ['TRUST', 'SECRETARIAT'])]);
    const after = await recommended(id);
    expect(after.map((item) => [item.lesson.id, item.score, item.addresses])).toEqual([
      [onBoth, 3 + 3 + 1.5, ['TRUST', 'SECRETARIAT']],
      [local, 2 + 1.5 + 1, []],
      [onTrust, 3, ['TRUST']],
    ]);
    expect(after[0].reasons).toEqual([
      { kind: 'SUCCESS_FACTOR', code: 'TRUST' },
      { kind: 'SUCCESS_FACTOR', code: 'SECRETARIAT' },
      { kind: 'COUNTRY', code: 'KEN' },
    ]);

    // Events delivered again change nothing.
    await sql`delete from event_log.consumer_cursors`.execute(db);
    await consume();
    expect(await recommended(id)).toEqual(after);
    // A newer evaluation replaces the factors; an older one arriving after it is passed over.
    await append([healthChanged(id, 3, ['LEARNING']), healthChanged(id, 2, ['RESOURCES'])]);
    expect((await recommended(id)).map((item) => [item.lesson.id, item.addresses])).toEqual([
      [onBoth, ['LEARNING']],
      [local, []],
    ]);

    // A replay rebuilds the weakest factors from the log.
    await replayConsumer(db, partnershipWeakFactorsConsumer);
    expect((await recommended(id)).flatMap((item) => item.addresses)).toEqual([]);
    await consume();
    expect((await recommended(id)).map((item) => [item.lesson.id, item.addresses])).toEqual([
      [onBoth, ['LEARNING']],
      [local, []],
    ]);
  });
});
