import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { partnershipsSubgraph } from '@msp-atlas/partnerships';
import { createLogger } from '@msp-atlas/service-runtime';
import { createTestDatabase, dataOf, postGraphql, type TestDatabase } from '@msp-atlas/test-harness';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSubgraph } from '../../src/subgraph.js';

// An installation made by the release before the health service (commit 4ee5c2f): its
// partnerships schema holds self-assessments and the health projection, its event log
// the events up to then (fixtures/release-4ee5c2f.sql, made by the script beside it).
// Started with this release, every self-assessment and health row is in the health
// service, which goes on from there.

const FIXTURE = fileURLToPath(new URL('./fixtures/release-4ee5c2f.sql', import.meta.url));
const gatewaySecret = randomBytes(32).toString('hex');
const logger = createLogger('upgrade', process.env.TEST_LOG_LEVEL ?? 'silent');

let testDb: TestDatabase;
let partnershipsDb: Kysely<any>;
let db: Kysely<any>;
let before: { assessments: any[]; scores: any[]; health: any[]; publications: any[] };
let partnerships: Awaited<ReturnType<typeof partnershipsSubgraph.start>>;
let health: Awaited<ReturnType<typeof healthSubgraph.start>>;

/** Loads the dump; its transaction ids, from another cluster, move below this one's counter, in their order, as after a restore. */
async function restoreFixture(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(readFileSync(FIXTURE, 'utf8'));
    await client.query(`
      with ids as (select distinct tx_id from event_log.events),
           ranked as (select tx_id, row_number() over (order by tx_id) as rank, count(*) over () as total from ids),
           base as (select pg_current_xact_id()::text::bigint as now)
      update event_log.events e set tx_id = (base.now - ranked.total - 10 + ranked.rank)::text::xid8
      from ranked, base where e.tx_id = ranked.tx_id`);
    await client.query(`
      update event_log.consumer_cursors c set tx_id = e.tx_id from event_log.events e where e.seq = c.seq`);
  } finally {
    await client.end();
  }
}

const rowsOf = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows as any[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  await restoreFixture(testDb.url);
  partnershipsDb = partnershipsSubgraph.connect(testDb.url, { poolSize: 2 });
  db = healthSubgraph.connect(testDb.url, { poolSize: 2 });
  before = {
    assessments: await rowsOf(sql`select * from partnerships.self_assessments order by id`),
    scores: await rowsOf(sql`select * from partnerships.self_assessment_scores order by assessment_id, position`),
    health: await rowsOf(sql`select to_jsonb(h) - 'evaluated_at' as row from partnerships.partnership_health h order by partnership_id`),
    publications: await rowsOf(sql`select * from partnerships.health_publications order by partnership_id`),
  };
  // This release: the registry migrates and publishes its records again, the health service migrates.
  await partnershipsSubgraph.migrate(partnershipsDb);
  await healthSubgraph.migrate(db);
  partnerships = await partnershipsSubgraph.start({ db: partnershipsDb, logger, port: 0, gatewaySecret, runConsumers: false });
  health = await healthSubgraph.start({ db, logger, port: 0, gatewaySecret, runConsumers: false });
}, 60_000);
afterAll(async () => {
  await health?.close();
  await partnerships?.close();
  await db?.destroy();
  await partnershipsDb?.destroy();
  await testDb?.drop();
});

describe('an installation of the release before the health service, started with this one', () => {
  it('has filled the fixture the way that release did', () => {
    expect(before.assessments).toHaveLength(3);
    expect(before.scores.map((score) => score.note)).toContain('A partner left angry.');
    expect(before.health).toHaveLength(2);
    expect(before.publications.map((publication) => publication.version).sort()).toEqual([1, 3]);
  });

  it('keeps every self-assessment, with its scores, notes, submitter and time', async () => {
    expect(await rowsOf(sql`select * from health.self_assessments order by id`)).toEqual(before.assessments);
    expect(await rowsOf(sql`select * from health.self_assessment_scores order by assessment_id, position`)).toEqual(before.scores);
  });

  it('keeps every health row and the last publication, before the health service has read an event', async () => {
    expect(await rowsOf(sql`select to_jsonb(h) - 'evaluated_at' as row from health.partnership_health h order by partnership_id`)).toEqual(before.health);
    expect(await rowsOf(sql`select * from health.health_publications order by partnership_id`)).toEqual(before.publications);
    const { healthOverview } = dataOf(await postGraphql(health.url, '{ healthOverview { partnerships } }', {}, { gatewaySecret, identity: ANONYMOUS }));
    expect(healthOverview.partnerships).toBe(2);
  });

  it("goes on from the old projection's cursor: the republished records keep the rows, and health versions count on", async () => {
    const [{ republished }] = await rowsOf(sql`select count(*)::int as republished from event_log.events where type = 'PartnershipRecordRepublished'`);
    expect(republished).toBe(2);
    await health.consumers.healthProjection.processAvailable();
    const rows = await rowsOf(sql`select partnership_id, phase, version from health.partnership_health order by partnership_id`);
    expect(rows.map((row) => row.partnership_id)).toEqual(before.health.map((row) => row.row.partnership_id));
    // The record arrived whole: the same data give the same statuses, so nothing new is published.
    expect(
      await rowsOf(sql`select to_jsonb(h) - 'evaluated_at' - 'evaluated_on' - 'review_on' as row from health.partnership_health h order by partnership_id`),
    ).toEqual(
      before.health.map(({ row }) => ({ row: Object.fromEntries(Object.entries(row).filter(([key]) => !['evaluated_on', 'review_on'].includes(key))) })),
    );
    const newer = await rowsOf(sql`select aggregate_id, aggregate_version from event_log.events where type = 'PartnershipHealthChanged' and source = 'health'`);
    for (const event of newer) {
      const last = before.publications.find((publication) => publication.partnership_id === event.aggregate_id);
      expect(event.aggregate_version).toBeGreaterThan(last?.version ?? 0);
    }
    // The notes are there for whoever reads the partnership's self-assessments.
    const [water] = before.health.map(({ row }) => row.partnership_id).filter((id) => before.assessments.filter((a) => a.partnership_id === id).length === 2);
    const { _entities } = dataOf(
      await postGraphql(
        health.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { selfAssessments(first: 5) { totalCount edges { node { assessedOn scores { factor score note } } } } health { factors { factor selfScore { score note } } } } } }`,
        { r: [{ __typename: 'Partnership', id: water }] },
        { gatewaySecret, identity: ANONYMOUS },
      ),
    );
    const [partnership] = _entities;
    expect(partnership.selfAssessments.totalCount).toBe(2);
    expect(partnership.selfAssessments.edges[0].node).toEqual({
      assessedOn: '2026-12-01',
      scores: [{ factor: 'TRUST', score: 2, note: 'A partner left angry.' }],
    });
    expect(partnership.health.factors.find((factor: any) => factor.factor === 'ROLES_COMMITMENTS').selfScore).toEqual({
      score: 5,
      note: 'Everyone knows their part.',
    });
  });
});
