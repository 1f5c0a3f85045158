import { describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { CursorDoesNotFitError, EventConsumer, replayConsumer, runEventLogCommand } from '../src/index.js';
import { allVisible, appendCommitted, gate, handledSeqs, projection, useEventLogFixture, waitFor } from './event-log-fixture.js';

describe('replaying a consumer', () => {
  const fixture = useEventLogFixture();

  const digest = async () =>
    (
      await sql<{ digest: string | null }>`
      select md5(string_agg(seq || ':' || consumer || ':' || type, ',' order by seq)) as digest
      from some_service.handled`.execute(fixture.db)
    ).rows[0]!.digest;

  it('rebuilds the same projection: cleared and reset in one transaction, then delivered again', async () => {
    await appendCommitted(fixture.db, 12);
    await allVisible(fixture.db);
    const consumer = new EventConsumer({ db: fixture.db, ...projection, batchSize: 5 });
    expect(await consumer.processAvailable()).toBe(12);
    const before = await digest();
    expect(before).not.toBeNull();

    const printed: string[] = [];
    expect(await runEventLogCommand(['replay', 'projection'], [{ db: fixture.db, consumers: [projection] }], (line) => printed.push(line))).toBe(0);
    expect(printed).toEqual(['projection: projection cleared and cursor at the start; 12 events to handle again (the running service does it).']);
    expect(await handledSeqs(fixture.db)).toEqual([]);
    expect(await consumer.lag()).toBe(12);

    expect(await consumer.processAvailable()).toBe(12);
    expect(await digest()).toBe(before);
  });

  it('keeps a batch that was running during the replay out of the rebuilt projection', async () => {
    await appendCommitted(fixture.db, 3);
    await allVisible(fixture.db);
    const held = gate();
    let entered = false;
    let handles = 0;
    const consumer = new EventConsumer({
      db: fixture.db,
      ...projection,
      prepare: async () => {
        entered = true;
        await held.passed;
      },
      handle: async (trx, event) => {
        handles += 1;
        await projection.handle(trx, event);
      },
    });
    const pass = consumer.processAvailable();
    await waitFor(async () => entered);
    await replayConsumer(fixture.db, projection);
    held.open();
    // The batch from before the replay reached its commit and was refused (its lease ended
    // with the replay); the consumer then started again from the first event. Had the old
    // batch committed, the second round would have hit the projection's primary key.
    expect(await pass).toBe(3);
    expect(handles).toBe(6);
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3]);
  });

  it('refuses to start on a cursor from another cluster, names the fix, and runs after the replay', async () => {
    await appendCommitted(fixture.db, 2);
    await allVisible(fixture.db);
    // What a dump restored into a younger cluster looks like: a cursor past every id here.
    await sql`insert into event_log.consumer_cursors (consumer, tx_id, seq)
      values ('projection', (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8, 1)`.execute(fixture.db);
    const consumer = new EventConsumer({ db: fixture.db, ...projection, onError: () => {} });
    expect(await consumer.lag()).toBe(0); // what looked like "caught up" before

    const refused = await consumer.start().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CursorDoesNotFitError);
    expect((refused as Error).message).toMatch(
      /^Event consumer projection: its cursor is at transaction \d+, but this database has only reached transaction \d+: .* npm run replay -- projection$/,
    );
    await expect(consumer.processAvailable()).rejects.toBeInstanceOf(CursorDoesNotFitError);

    await replayConsumer(fixture.db, projection);
    await consumer.start();
    try {
      await waitFor(async () => (await handledSeqs(fixture.db)).length === 2);
    } finally {
      await consumer.stop();
    }
    expect(await handledSeqs(fixture.db)).toEqual([1, 2]);
  });
});
