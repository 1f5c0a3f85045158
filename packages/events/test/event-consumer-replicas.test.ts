import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { EventConsumer } from '../src/index.js';
import { allVisible, appendCommitted, createEventLogFixture, gate, handledSeqs, projection, useEventLogFixture, waitFor } from './event-log-fixture.js';
import { startPrivateCluster } from './private-cluster.js';
import { replicaDefinition, replicaOptions } from './support/replica-consumer.js';

const replicaScript = fileURLToPath(new URL('./support/replica-process.ts', import.meta.url));
const repositoryTsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

async function startReplicaProcess(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', replicaScript], {
    env: { ...process.env, TSX_TSCONFIG_PATH: repositoryTsconfig, REPLICA_DATABASE_URL: url, REPLICA_OPTIONS: JSON.stringify(replicaOptions) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(chunk.toString()).toBe('started\n');
  return child;
}

describe('two replicas of one consumer', () => {
  // A server of its own: on the shared one, another test file's open transaction holds
  // back delivery (the xmin rule), which here would read as a replica that never starts.
  const fixture = useEventLogFixture(() => createEventLogFixture(startPrivateCluster()));
  const cleanUp: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    await sql`create table some_service.applications (seq bigint primary key, times int not null)`.execute(fixture.db);
  });
  beforeEach(async () => {
    await sql`truncate some_service.applications`.execute(fixture.db);
  });
  afterEach(async () => {
    for (const step of cleanUp.splice(0).reverse()) await step();
  });

  const leaseOwner = async () =>
    (await sql<{ lease_owner: string | null }>`select lease_owner from event_log.consumer_cursors where consumer = 'replicas'`.execute(fixture.db)).rows[0]
      ?.lease_owner ?? null;

  it('apply every event exactly once under load when one is killed in the middle of a batch', async () => {
    // A backlog the child cannot finish before it is killed: caught up, it would hand the
    // lease back and the survivor could take it first.
    await appendCommitted(fixture.db, 200);
    const child = await startReplicaProcess(fixture.url);
    cleanUp.push(async () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
    const writers = Promise.all([appendCommitted(fixture.db, 50), appendCommitted(fixture.db, 50)]);
    // The child takes the lease first and keeps it while it has work.
    await waitFor(async () => (await leaseOwner())?.includes(`:${child.pid}:`) ?? false, 20_000);
    const errors: unknown[] = [];
    const survivor = new EventConsumer({
      db: fixture.db,
      ...replicaDefinition,
      ...replicaOptions,
      listen: { url: fixture.url },
      onError: (error) => errors.push(error),
    });
    cleanUp.push(() => survivor.stop());
    await survivor.start();
    await waitFor(
      async () =>
        Number((await sql<{ applied: number }>`select count(*)::int as applied from some_service.applications`.execute(fixture.db)).rows[0]!.applied) >= 20,
      10_000,
    );

    // Killed while it holds the lease, i.e. inside a batch; the survivor waits meanwhile.
    await waitFor(async () => (await leaseOwner())?.includes(`:${child.pid}:`) ?? false, 10_000);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const killedAt = Date.now();
    await appendCommitted(fixture.db, 10); // work for the survivor, whatever the child had finished
    await waitFor(async () => {
      const owner = await leaseOwner();
      return owner?.includes(`:${process.pid}:`) ?? false;
    }, 5_000);
    const takenOverAfterMs = Date.now() - killedAt;
    await writers;

    await waitFor(async () => (await survivor.lag()) === 0, 20_000);
    const { rows } = await sql<{ events: number; applied: number; max_times: number }>`
      select (select count(*)::int from event_log.events) as events,
        (select count(*)::int from some_service.applications) as applied,
        (select coalesce(max(times), 0) from some_service.applications) as max_times`.execute(fixture.db);
    expect(rows[0]).toEqual({ events: 310, applied: 310, max_times: 1 });
    expect(takenOverAfterMs).toBeLessThan(3_000); // the lease lives 1 s
    expect(errors).toEqual([]);
  }, 60_000);

  it('never commits a batch of a replica whose lease was taken over, and the waiting one holds no connection', async () => {
    await appendCommitted(fixture.db, 3);
    await allVisible(fixture.db);
    const stalled = gate();
    let entered = false;
    const first = new EventConsumer({
      db: fixture.db,
      ...projection,
      leaseTtlMs: 300,
      prepare: async () => {
        entered = true;
        await stalled.passed; // a process frozen in the middle of its batch
      },
    });
    const second = new EventConsumer({ db: fixture.db, ...projection, leaseTtlMs: 300 });
    const firstPass = first.processAvailable();
    await waitFor(async () => entered);
    expect(await second.processAvailable()).toBe(0); // the lease is taken: it gives up at once
    const { rows } = await sql<{ busy: number }>`
      select count(*)::int as busy from pg_stat_activity
      where datname = current_database() and state like 'idle in transaction%'`.execute(fixture.db);
    expect(rows[0]!.busy).toBe(0);

    // As if the first had frozen past its expiry: the other takes over.
    // (Its renewal timer still runs in this process, so the forged expiry may need repeating.)
    await waitFor(async () => {
      await sql`update event_log.consumer_cursors set lease_expires_at = now() - interval '1 second' where consumer = 'projection'`.execute(fixture.db);
      return (await second.processAvailable()) === 3;
    });
    stalled.open();
    expect(await firstPass).toBe(0); // its commit was fenced off: nothing applied twice
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3]);
  });
});
