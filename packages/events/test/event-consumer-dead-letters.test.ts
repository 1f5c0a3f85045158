import { describe, expect, it } from 'vitest';
import {
  EventConsumer,
  type EventHandlerError,
  listDeadLetters,
  PoisonEventError,
  retryDeadLetters,
  runEventLogCommand,
  type EventConsumerOptions,
} from '../src/index.js';
import { allVisible, appendCommitted, handledSeqs, project, projection, useEventLogFixture, waitFor } from './event-log-fixture.js';

describe('EventConsumer with an event it cannot handle', () => {
  const fixture = useEventLogFixture();

  /** Fails on the events whose type is in `broken`, as a handler with a bug would. */
  function failingOn(broken: Set<string>, error = () => new Error('projection bug')): Pick<EventConsumerOptions, 'handle'> {
    return {
      handle: async (trx, event) => {
        if (broken.has(event.type)) throw error();
        await project(trx, event);
      },
    };
  }

  it('parks an always-failing event after maxAttempts and goes on to the next events', async () => {
    const errors: unknown[] = [];
    let attemptsAtBroken = 0;
    const consumer = fixture.started(
      new EventConsumer({
        db: fixture.db,
        ...projection,
        maxAttempts: 3,
        retryDelayMs: 10,
        pollIntervalMs: 60_000,
        onError: (error) => errors.push(error),
        handle: async (trx, event) => {
          if (event.type === 'Event2') {
            attemptsAtBroken += 1;
            throw new Error('projection bug');
          }
          await project(trx, event);
        },
      }),
    );
    await appendCommitted(fixture.db, 6);
    await allVisible(fixture.db);
    await consumer.start();
    await waitFor(async () => (await handledSeqs(fixture.db)).length === 5);

    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 4, 5, 6]);
    expect(attemptsAtBroken).toBe(3);
    const [parked, ...others] = await listDeadLetters(fixture.db);
    expect(others).toEqual([]);
    expect(parked).toMatchObject({ consumer: 'projection', attempts: 3, event: { seq: 3, type: 'Event2' } });
    expect(parked?.error).toMatch(/^Error: projection bug/);
    expect(errors.map((error) => (error as EventHandlerError).parked)).toEqual([false, false, true]);
    expect(await consumer.status()).toMatchObject({ pending: 0, parked: 1, oldestPendingAgeSeconds: 0 });
  });

  it('parks an event at once when the handler throws PoisonEventError', async () => {
    const reported: unknown[] = [];
    const consumer = new EventConsumer({
      db: fixture.db,
      ...projection,
      ...failingOn(new Set(['Event0']), () => new PoisonEventError('unknown payload schema version 9')),
      onError: (error) => reported.push(error),
    });
    await appendCommitted(fixture.db, 2);
    await allVisible(fixture.db);
    expect(await consumer.processAvailable()).toBe(1);
    expect(await handledSeqs(fixture.db)).toEqual([2]);
    expect(reported).toMatchObject([{ name: 'EventHandlerError', parked: true, attempts: 1 }]);
    expect(await listDeadLetters(fixture.db, { consumer: 'projection' })).toMatchObject([
      { attempts: 1, event: { type: 'Event0' }, error: expect.stringMatching(/^PoisonEventError: unknown payload schema version 9/) },
    ]);
  });

  it('retries the failing event alone: the events before it commit, one attempt per pass', async () => {
    const consumer = new EventConsumer({ db: fixture.db, ...projection, maxAttempts: 2, ...failingOn(new Set(['Event3'])), onError: () => {} });
    await appendCommitted(fixture.db, 5);
    await allVisible(fixture.db);
    const first = await consumer.processAvailable().catch((error: unknown) => error);
    expect(first).toMatchObject({ name: 'EventHandlerError', attempts: 1, parked: false });
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3]);
    expect(await consumer.processAvailable()).toBe(1); // second attempt: parked, then Event4
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3, 5]);
  });

  it('lists parked events and retries them by id or by consumer with the command functions', async () => {
    const broken = new Set(['Event1', 'Event2']);
    const definition = { ...projection, ...failingOn(broken) };
    const consumer = new EventConsumer({ db: fixture.db, ...definition, maxAttempts: 1, onError: () => {} });
    await appendCommitted(fixture.db, 4);
    await allVisible(fixture.db);
    await consumer.processAvailable();
    expect(await handledSeqs(fixture.db)).toEqual([1, 4]);
    const parked = await listDeadLetters(fixture.db);
    expect(parked.map((deadLetter) => deadLetter.event.type)).toEqual(['Event1', 'Event2']);

    // Still broken: the retry fails, the letter stays with one more attempt.
    const [stillFailing] = await retryDeadLetters(fixture.db, [definition], { id: parked[0]!.id });
    expect(stillFailing).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/projection bug/) });
    expect((await listDeadLetters(fixture.db))[0]).toMatchObject({ id: parked[0]!.id, attempts: 2 });

    broken.clear(); // the bug is fixed
    const printed: string[] = [];
    expect(await runEventLogCommand(['dead-letters'], [{ db: fixture.db, consumers: [definition] }], (line) => printed.push(line))).toBe(0);
    expect(printed).toEqual([
      expect.stringMatching(new RegExp(`^#${parked[0]!.id} projection event 2 Event1 .* 2 attempt\\(s\\), parked .*: Error: projection bug$`)),
      expect.stringMatching(new RegExp(`^#${parked[1]!.id} projection event 3 Event2 `)),
    ]);
    printed.length = 0;
    expect(await runEventLogCommand(['retry', '--consumer', 'projection'], [{ db: fixture.db, consumers: [definition] }], (line) => printed.push(line))).toBe(
      0,
    );
    expect(printed).toEqual([
      `#${parked[0]!.id} projection event 2: handled, no longer parked`,
      `#${parked[1]!.id} projection event 3: handled, no longer parked`,
    ]);
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3, 4]);
    expect(await listDeadLetters(fixture.db)).toEqual([]);
    expect(await consumer.status()).toMatchObject({ pending: 0, parked: 0 });
  });

  it('refuses a command without what it needs, with the usage', async () => {
    const printed: string[] = [];
    const groups = [{ db: fixture.db, consumers: [projection] }];
    expect(await runEventLogCommand(['retry'], groups, (line) => printed.push(line))).toBe(2);
    expect(await runEventLogCommand(['replay', 'nobody'], groups, (line) => printed.push(line))).toBe(2);
    expect(printed.join('\n')).toMatch(/Name what to retry[\s\S]*Usage:[\s\S]*Name a consumer to replay: projection/);
  });

  it('reports lag as a count and as the age of the oldest unhandled event', async () => {
    const consumer = new EventConsumer({ db: fixture.db, ...projection });
    expect(await consumer.status()).toEqual({ pending: 0, oldestPendingAt: null, oldestPendingAgeSeconds: 0, parked: 0 });
    await appendCommitted(fixture.db, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const status = await consumer.status();
    expect(status).toMatchObject({ pending: 2, parked: 0, oldestPendingAt: expect.any(Date) });
    expect(status.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(0.3);
    expect(status.oldestPendingAgeSeconds).toBeLessThan(10);
  });
});
