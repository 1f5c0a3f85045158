import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { runEventLogCommand } from '@msp-atlas/events';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { benchClient, dataOrThrow, describeLatencies, processMemory, signUpForBench, startBenchPlatform } from '@msp-atlas/bench-harness';
import { demoRegistrationInputs } from '@msp-atlas/demo-data';
import { contextSubgraph, PARTNERSHIP_INDEX_CONSUMER, type ContextDb } from '../src/index.js';
import { demoSnapshots } from './labelled-set.js';
import { appendRegistrations } from './load-index.js';

const REGISTERED = Number(process.env.BENCH_OVERLAPS_REGISTERED ?? 300);
const SAMPLES = Number(process.env.BENCH_OVERLAPS_SAMPLES ?? 300);
const CHUNK = 5_000;

// The overlapping partnerships by id only: the bulk-appended ones are not in the registry,
// which would have to name them (and answers null for an id it does not hold).
const OVERLAPS = `query($id: ID!) { partnership(id: $id) { id overlaps(first: 10) { score kind past partnership { id } reasons { kind codes passage } } } }`;
const CHECK = `query($draft: PartnershipDraftInput!) { checkOverlaps(draft: $draft, first: 10) { score kind partnership { id } reasons { kind codes passage } } }`;
const STATUS = `{ overlapIndexStatus { indexedPartnerships lag } }`;

const draftOf = (snapshot: PartnershipSnapshot) => ({
  name: snapshot.name,
  summary: snapshot.summary,
  description: snapshot.description,
  objectives: snapshot.objectives,
  scope: snapshot.scope,
  countries: snapshot.countries,
  regions: snapshot.regions,
  sectors: snapshot.sectors,
  sdgTargets: snapshot.sdgTargets,
  startDate: snapshot.startDate,
  stakeholders: snapshot.stakeholders.map((stakeholder) => ({ organizationId: stakeholder.organizationId, roles: stakeholder.roles })),
});

async function contextTableSizes(db: ContextDb): Promise<string> {
  const { rows } = await sql<{ name: string; size: string }>`
    select c.relname as name, pg_size_pretty(pg_total_relation_size(c.oid)) as size
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'context' and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`.execute(db);
  return rows.map((row) => `${row.name} ${row.size}`).join(', ');
}

/**
 * The overlap index at growing sizes, through the gateway, the platform running as
 * separate processes as `npm start` runs it (registry, context, accounts, gateway).
 * A few hundred partnerships are registered through the gateway (so the registry knows
 * them and Partnership.overlaps can be asked for them); the rest are the same generator's
 * partnerships appended to the event log in bulk, as the registry's outbox would write
 * their PartnershipRegistered events. At each size the index is then rebuilt from zero
 * by the running context service (`npm run replay`), timed, and the queries measured.
 */
export async function runScaleBench(options: { sizes: number[] }): Promise<void> {
  const platform = await startBenchPlatform({ subgraphs: ['partnerships', 'accounts', 'context'] });
  const db = contextSubgraph.connect(platform.databaseUrl, { poolSize: 2 });
  try {
    const graphql = benchClient(platform.graphqlUrl, (await signUpForBench(platform.graphqlUrl, 'Overlap benchmark')).token);
    const post = async (query: string, variables: Record<string, unknown> = {}) => dataOrThrow(await graphql(query, variables));
    const indexedAll = async (size: number) => {
      for (;;) {
        const status = (await post(STATUS)).overlapIndexStatus;
        if (status.lag === 0 && status.indexedPartnerships >= size) return;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
    const registeredIds: string[] = [];
    for (const input of demoRegistrationInputs(REGISTERED, 11)) {
      registeredIds.push(
        (await post(`mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { id } } }`, { input })).registerPartnership
          .partnership.id,
      );
    }
    console.log(`\nOverlap index at scale (${platform.databaseServer}; processes: ${platform.processes.join(', ')})`);
    console.log(`  ${REGISTERED} partnerships registered through the gateway; the rest appended to the event log in bulk as PartnershipRegistered events`);
    console.log('  (not in the registry, so the queries ask for the overlapping partnerships by id, not by name).');
    let loaded = REGISTERED;
    let chunkSeed = 500;
    const drafts: PartnershipSnapshot[] = demoSnapshots(SAMPLES, 99);

    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const appendStarted = performance.now();
      const before = loaded;
      while (loaded < size) {
        const batch = demoSnapshots(Math.min(CHUNK, size - loaded), chunkSeed++);
        await appendRegistrations(db, batch);
        loaded += batch.length;
      }
      const appendSeconds = (performance.now() - appendStarted) / 1000;

      // Rebuild from zero: the replay empties the index and resets the cursor; the running
      // service rebuilds it. Truncating while the service writes a batch can deadlock, and
      // PostgreSQL then aborts one side: the replay is simply run again.
      for (let attempt = 1; ; attempt++) {
        const code = await runEventLogCommand(
          ['replay', PARTNERSHIP_INDEX_CONSUMER],
          [{ db, consumers: contextSubgraph.eventConsumerDefinitions }],
          () => {},
        ).catch((error: { code?: string }) => {
          if (error.code === '40P01' && attempt < 10) return 'deadlock';
          throw error;
        });
        if (code === 0) break;
        if (code !== 'deadlock') throw new Error('replay failed');
      }
      const buildStarted = performance.now();
      await indexedAll(size);
      const buildSeconds = (performance.now() - buildStarted) / 1000;

      for (const id of registeredIds.slice(0, 20)) await post(OVERLAPS, { id }); // warm-up
      const overlapLatencies: number[] = [];
      let found = 0;
      for (let sample = 0; sample < SAMPLES; sample++) {
        const sent = performance.now();
        const id = registeredIds[sample % registeredIds.length];
        const data = await post(OVERLAPS, { id });
        overlapLatencies.push(performance.now() - sent);
        if (!data.partnership) throw new Error(`partnership ${id} came back null: ${JSON.stringify(data)}`);
        found += data.partnership.overlaps.length;
      }
      const checkLatencies: number[] = [];
      for (const snapshot of drafts) {
        const sent = performance.now();
        await post(CHECK, { draft: draftOf(snapshot) });
        checkLatencies.push(performance.now() - sent);
      }
      console.log(`\n  ${size.toLocaleString('en')} initiatives in the index`);
      console.log(`    appended ${(loaded - before).toLocaleString('en')} events in ${appendSeconds.toFixed(1)} s (bulk, not timed as the build)`);
      console.log(
        `    index built from zero by the context service: ${buildSeconds.toFixed(1)} s (${(size / buildSeconds).toFixed(0)} partnerships per second)`,
      );
      console.log(
        `    Partnership.overlaps(first: 10) through the gateway: ${describeLatencies(overlapLatencies)}; ${(found / SAMPLES).toFixed(1)} overlaps per answer`,
      );
      console.log(`    checkOverlaps(first: 10) through the gateway:        ${describeLatencies(checkLatencies)}`);
      console.log(`    memory: context service RSS ${await processMemory(platform.pidOf('context'))}; context tables ${await contextTableSizes(db)}`);
    }
    if (platform.exits().length > 0) throw new Error(platform.exits().join('; '));
  } finally {
    await db.destroy();
    await platform.stop();
  }
}
