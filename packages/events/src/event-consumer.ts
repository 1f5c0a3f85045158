import type { Kysely } from 'kysely';
import { isConnectionError } from '@msp-atlas/db';
import { backoffDelay } from './backoff.js';
import { replayConsumer } from './commands/replay-consumer.js';
import { runBatch, type BatchResult, type BatchSettings } from './consumer-batch.js';
import { lookAtCursor } from './consumer-cursor.js';
import { acquireLease, leaseOwnerId, releaseLease } from './consumer-lease.js';
import { readConsumerStatus, type ConsumerStatus } from './consumer-status.js';
import { CursorDoesNotFitError } from './cursor-does-not-fit-error.js';
import type { EventConsumerDefinition } from './event-consumer-definition.js';
import { eventLogChannel } from './event-log-schema.js';
import { LeaseLostError } from './lease-lost-error.js';
import { NotificationListener } from './notification-listener.js';
import { hasHeldBackEvents } from './read-events.js';
import { WakeableSleep } from './wakeable-sleep.js';

export interface EventConsumerOptions<Prepared = undefined> extends EventConsumerDefinition<Prepared> {
  db: Kysely<any>;
  /** Most events in one batch (default 100). */
  batchSize?: number;
  /** A batch's transaction commits once it has run this long (default 250 ms). */
  batchTimeBudgetMs?: number;
  /** Failed attempts at one event before it is parked (default 5). */
  maxAttempts?: number;
  /** First back-off after a failure, doubling up to 30 s (default 200 ms). */
  retryDelayMs?: number;
  /** Lifetime of a lease on the cursor, renewed while working (default 5 s). */
  leaseTtlMs?: number;
  /** Connection string for a dedicated LISTEN connection; absent: poll only. */
  listen?: { url: string };
  pollIntervalMs?: number;
  /** Failures of the background processing and parked events; defaults to console.error. */
  onError?: (error: unknown) => void;
}

const NOTHING_DONE: BatchResult = { handled: 0, more: false };

/**
 * Delivers the event log to one handler, batch by batch, under a lease on the cursor
 * (see README.md): looking for work writes nothing, heavy work runs outside any
 * transaction, and each batch's writes commit together with the cursor (effectively
 * once); other side effects happen at least once.
 */
export class EventConsumer<Prepared = undefined> {
  readonly name: string;
  private readonly db: Kysely<any>;
  private readonly definition: EventConsumerDefinition<Prepared>;
  private readonly settings: BatchSettings;
  private readonly leaseTtlMs: number;
  private readonly retryDelayMs: number;
  private readonly pollIntervalMs: number;
  private readonly owner = leaseOwnerId();
  private readonly onError: (error: unknown) => void;
  private readonly listener: NotificationListener | null;
  private readonly wakeUp = new WakeableSleep();
  private readonly stopWaiting = new WakeableSleep();
  private running: Promise<void> | null = null;
  private stopRequested = false;
  /** Set when the last pass found the lease with another instance: how long it still holds it. */
  private leaseElsewhereMs: number | null = null;

  constructor(options: EventConsumerOptions<Prepared>) {
    if (!options.name) throw new Error('An event consumer needs a name');
    this.settings = {
      batchSize: positiveInteger('batchSize', options.batchSize ?? 100),
      batchTimeBudgetMs: positiveInteger('batchTimeBudgetMs', options.batchTimeBudgetMs ?? 250),
      maxAttempts: positiveInteger('maxAttempts', options.maxAttempts ?? 5),
    };
    this.leaseTtlMs = positiveInteger('leaseTtlMs', options.leaseTtlMs ?? 5_000);
    this.retryDelayMs = positiveInteger('retryDelayMs', options.retryDelayMs ?? 200);
    this.db = options.db;
    this.name = options.name;
    this.definition = { name: options.name, prepare: options.prepare, handle: options.handle, clearProjection: options.clearProjection };
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.onError = options.onError ?? ((error) => console.error(`Event consumer ${this.name}:`, error));
    this.listener = options.listen
      ? new NotificationListener({
          url: options.listen.url,
          channel: eventLogChannel,
          applicationName: `event-consumer:${this.name}`.slice(0, 63),
          onNotification: () => this.wakeUp.wake(),
          onListening: () => this.wakeUp.wake(),
          onError: (error) => this.report(error),
        })
      : null;
  }

  /**
   * Processes in the background until stop(); resolves once listening has been tried.
   * Rejects with CursorDoesNotFitError when the cursor came from another cluster.
   */
  async start(): Promise<void> {
    if (this.running) throw new Error(`Event consumer ${this.name} is already running`);
    await this.assertCursorFits();
    this.stopRequested = false;
    this.wakeUp.reset();
    this.stopWaiting.reset();
    await this.listener?.start();
    this.running = this.runLoop();
  }

  /** Lets the batch in progress commit, then stops processing and listening. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    this.wakeUp.wake();
    this.stopWaiting.wake();
    await this.running;
    this.running = null;
    await this.listener?.stop();
    this.stopRequested = false;
  }

  /**
   * Handles batches until caught up (or another instance holds the lease); returns how
   * many events were handled. Rejects with an EventHandlerError for an event that failed
   * and is not parked yet; the events before it are committed.
   */
  async processAvailable(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.runPass();
      handled += batch.handled;
      if (!batch.more || this.stopRequested) return handled;
    }
  }

  /** Whether it runs in the background (started and not stopped); a test may drive it with processAvailable instead. */
  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Committed events this consumer has not handled yet. */
  async lag(): Promise<number> {
    return (await this.status()).pending;
  }

  /** The lag as a count and as the age of the oldest unhandled event, and the parked events. */
  status(): Promise<ConsumerStatus> {
    return readConsumerStatus(this.db, this.name);
  }

  /** Clears the projection and moves the cursor to the start, in one transaction. */
  async replayFromStart(): Promise<void> {
    await replayConsumer(this.db, this.definition);
    this.wakeUp.wake();
  }

  private async assertCursorFits(): Promise<void> {
    try {
      await this.lookForWork();
    } catch (error) {
      // An unreachable database is the background loop's to wait out.
      if (!isConnectionError(error)) throw error;
    }
  }

  private async lookForWork() {
    const look = await lookAtCursor(this.db, this.name);
    // biome-ignore lint/style/noNonNullAssertion: a cursor can be beyond the counter only if it has a position
    if (look.cursorBeyondCounter) throw new CursorDoesNotFitError(this.name, look.position!.txId, look.nextTxId);
    return look;
  }

  private async runPass(): Promise<BatchResult> {
    this.leaseElsewhereMs = null;
    const look = await this.lookForWork();
    if (!look.hasWork) return NOTHING_DONE;
    if (look.lease && look.lease.owner !== this.owner) {
      this.leaseElsewhereMs = look.lease.remainingMs;
      return NOTHING_DONE;
    }
    const lease = await acquireLease(this.db, this.name, this.owner, this.leaseTtlMs);
    if (!lease) {
      this.leaseElsewhereMs = this.leaseTtlMs; // taken a moment ago by another instance
      return NOTHING_DONE;
    }
    try {
      return await runBatch({ db: this.db, definition: this.definition, lease, settings: this.settings, report: (error) => this.report(error) });
    } catch (error) {
      // Whatever was left is the new holder's; look again at once.
      if (error instanceof LeaseLostError) return { handled: 0, more: true };
      throw error;
    } finally {
      // Stopping with the lease held lets a replacement start without waiting for the expiry.
      if (this.stopRequested) await releaseLease(this.db, lease).catch(() => {});
    }
  }

  private async runLoop(): Promise<void> {
    let failures = 0;
    let databaseLost = false;
    let heldBackChecks = 0;
    while (!this.stopRequested) {
      try {
        await this.processAvailable();
        failures = 0;
        // Committed events still held back by an older open transaction: that one may
        // never NOTIFY, so look again soon rather than a whole poll interval later.
        heldBackChecks = (await hasHeldBackEvents(this.db)) ? heldBackChecks + 1 : 0;
      } catch (error) {
        failures += 1;
        databaseLost = isConnectionError(error);
        this.report(error);
      }
      if (this.stopRequested) return;
      await this.pause(failures, databaseLost, heldBackChecks);
    }
  }

  private pause(failures: number, databaseLost: boolean, heldBackChecks: number): Promise<void> {
    if (failures > 0 && databaseLost) {
      // The database is out of reach (restarting, say): keep polling, never slower
      // than the poll interval, and look at once when the LISTEN connection is back,
      // which means the database answers again.
      return this.wakeUp.sleep(backoffDelay(failures, 200, Math.min(this.pollIntervalMs, 5_000)));
    }
    if (failures > 0) {
      // Notifications must not cut the back-off short, or a failing handler would spin.
      return this.stopWaiting.sleep(backoffDelay(failures, this.retryDelayMs, 30_000));
    }
    if (this.leaseElsewhereMs !== null) {
      // Another instance works; take over soon after its lease would expire.
      return this.wakeUp.sleep(Math.min(this.pollIntervalMs, this.leaseElsewhereMs + 50));
    }
    // Held-back events are work due any moment: look at least every second.
    if (heldBackChecks > 0) return this.wakeUp.sleep(backoffDelay(heldBackChecks, 50, Math.min(this.pollIntervalMs, 1_000)));
    return this.wakeUp.sleep(this.pollIntervalMs);
  }

  // The background loop must survive whatever the error callback does.
  private report(error: unknown): void {
    try {
      this.onError(error);
    } catch {
      // nothing sensible left to do
    }
  }
}

function positiveInteger(setting: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`Invalid ${setting}: ${value}`);
  return value;
}
