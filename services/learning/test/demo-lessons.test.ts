import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { buildDemoLessons } from '@msp-atlas/demo-data';
import { appendEvents, readEvents, type EventConsumer } from '@msp-atlas/events';
import { readEvent } from '@msp-atlas/event-contracts';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase, waitFor, type TestDatabase } from '@msp-atlas/test-harness';
import { seedDemoLessons } from '../src/demo/seed-demo-lessons.js';
import { DEMO_LESSONS_PER_PARTNERSHIP } from '../src/demo/link-demo-lessons.js';
import { createPartnershipProjectionConsumer, learningSubgraph, type LearningDb } from '../src/index.js';

describe('demo lessons', () => {
  let testDb: TestDatabase;
  let db: LearningDb;
  let consumer: EventConsumer;
  const lessons = buildDemoLessons();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = learningSubgraph.connect(testDb.url);
    await learningSubgraph.migrate(db);
    consumer = createPartnershipProjectionConsumer({ db, logger: createLogger('learning', 'silent') });
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  async function catchUp() {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      await consumer.processAvailable();
      if ((await consumer.lag()) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the projection consumer still lags');
  }

  it('loads every demo lesson once, published and marked as demo data, and links them to demo partnerships as these arrive', async () => {
    // A demo partnership already known at seeding time, and one that arrives afterwards.
    const early = lessons.find((lesson) => lesson.countries.length > 0)!;
    const earlyPartnership = partnershipSnapshotFixture({ isDemo: true, countries: [early.countries[0]!], sdgTargets: [early.sdgTargets[0]!] });
    const notDemo = partnershipSnapshotFixture({ isDemo: false, countries: [early.countries[0]!], sdgTargets: [early.sdgTargets[0]!] });
    await db
      .transaction()
      .execute((trx) =>
        appendEvents(trx, 'partnerships', [
          fixtureEvent('PartnershipRegistered', { partnership: earlyPartnership }, { aggregateId: earlyPartnership.id }),
          fixtureEvent('PartnershipRegistered', { partnership: notDemo }, { aggregateId: notDemo.id }),
        ]),
      );
    await catchUp();

    const first = await seedDemoLessons(db, lessons);
    expect(first.inserted).toBe(lessons.length);
    expect(lessons.length).toBeGreaterThanOrEqual(300);
    expect(await seedDemoLessons(db, lessons)).toEqual({ inserted: 0, linked: 0 });

    const { rows } = await sql<{ count: number; published: number; demo: number; authored: number; languages: number }>`
      select count(*) as count, count(*) filter (where status = 'PUBLISHED') as published, count(*) filter (where is_demo) as demo,
        count(*) filter (where author_name like '% (demo)' and author_account_id is null) as authored, count(distinct language) as languages
      from learning.lessons`.execute(db);
    const all = lessons.length;
    expect(rows[0]).toEqual({ count: all, published: all, demo: all, authored: all, languages: 4 });

    // Each lesson was written with its event, read back through the contract.
    // Readers see an event once no older transaction on the server is still open: wait for all.
    let events: Awaited<ReturnType<typeof readEvents>>['events'] = [];
    // Each link to a partnership is an event too, so projections elsewhere learn whose lesson it is.
    await waitFor(async () => {
      events = (await readEvents(db, null, 1_000)).events;
      return events.filter((event) => event.type === 'LessonChanged').length >= all + first.linked;
    });
    const lessonEvents = events.map((event) => readEvent(event, ['LessonChanged'])).filter((event) => event !== null);
    const seeded = lessonEvents.filter((event) => event.payload.action === 'seedDemoLesson');
    const links = lessonEvents.filter((event) => event.payload.action === 'linkDemoLesson');
    expect(seeded).toHaveLength(all);
    expect(seeded[0]).toMatchObject({
      aggregateType: 'Lesson',
      aggregateVersion: 1,
      payload: { lesson: { status: 'PUBLISHED', isDemo: true, partnershipId: null } },
    });
    expect(first.linked).toBeGreaterThan(0);
    expect(links).toHaveLength(first.linked);
    expect(links[0]).toMatchObject({ aggregateVersion: 2, payload: { lesson: { partnershipId: earlyPartnership.id } } });
    // Dated over the past years, not all today: the health check's LEARNING factor sees old and recent lessons.
    const ages = seeded.map((event) => Date.now() - Date.parse(event.payload.lesson.publishedAt!));
    expect(Math.max(...ages)).toBeGreaterThan(2 * 365 * 86_400_000);
    expect(Math.min(...ages)).toBeLessThan(365 * 86_400_000);

    const linkedTo = async (id: string) => (await db.selectFrom('lessons').select('id').where('partnership_id', '=', id).execute()).length;
    expect(await linkedTo(earlyPartnership.id)).toBeGreaterThan(0);
    expect(await linkedTo(earlyPartnership.id)).toBeLessThanOrEqual(DEMO_LESSONS_PER_PARTNERSHIP);
    expect(await linkedTo(notDemo.id)).toBe(0);

    // A demo partnership registered after the lessons takes unlinked lessons it shares a country and a goal with.
    const late = lessons.find((lesson) => lesson.countries.length > 0 && lesson.countries[0] !== early.countries[0])!;
    const latePartnership = partnershipSnapshotFixture({ isDemo: true, countries: [late.countries[0]!], sdgTargets: [late.sdgTargets[0]!] });
    await db
      .transaction()
      .execute((trx) =>
        appendEvents(trx, 'partnerships', [fixtureEvent('PartnershipRegistered', { partnership: latePartnership }, { aggregateId: latePartnership.id })]),
      );
    await catchUp();
    expect(await linkedTo(latePartnership.id)).toBeGreaterThan(0);
    const linkedLessons = await db.selectFrom('lessons').select(['countries', 'sdg_goals']).where('partnership_id', '=', latePartnership.id).execute();
    for (const lesson of linkedLessons) expect(lesson.countries).toContain(late.countries[0]);
  });
});
