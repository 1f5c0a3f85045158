import type { Kysely, Transaction } from 'kysely';
import { isConnectionError } from '@msp-atlas/db';
import { backoffDelay } from './backoff.js';
import { lockCursor, readCursor, resetCursor, saveCursor } from './consumer-cursor.js';
import { EventHandlerError } from './event-handler-error.js';
import { eventLogChannel } from './event-log-schema.js';
import type { StoredEvent } from './event-types.js';
import { NotificationListener } from './notification-listener.js';
import { countEventsAfter, hasHeldBackEvents, readEvents } from './read-events.js';
import { WakeableSleep } from './wakeable-sleep.js';

export interface EventConsumerOptions {
  db: Kysely<any>;
  /** Identifies the cursor; instances sharing a name share (and take turns on) one cursor. */
  name: string;
  /** Runs in the batch's transaction; must be idempotent by aggregate version. */
  handle: (trx: Transaction<any>, event: StoredEvent) => Promise<void>;
  batchSize?: number;
  /** Connection string for a dedicated LISTEN connection; absent: poll only. */
  listen?: { url: string };
  pollIntervalMs?: number;
  /** Failures of the background processing; defaults to console.error. */
  onError?: (error: unknown) => void;
}

/**
 * Delivers the event log to one handler, batch by batch. Each batch is one
 * transaction holding the cursor row lock: read after the cursor, handle, advance.
 * Writes the handler makes in that transaction commit together with the cursor
 * (effectively once); other side effects happen at least once.
 */
export class EventConsumer {
  private readonly db: Kysely<any>;
  private readonly name: string;
  private readonly handle: EventConsumerOptions['handle'];
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly listener: NotificationListener | null;
  private readonly wakeUp = new WakeableSleep();
  private readonly stopWaiting = new WakeableSleep();
  private running: Promise<void> | null = null;
  private stopRequested = false;

  constructor(options: EventConsumerOptions) {
    if (!options.name) throw new Error('An event consumer needs a name');
    this.batchSize = options.batchSize ?? 100;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new Error(`Invalid batchSize: ${this.batchSize}`);
    }
    this.db = options.db;
    this.name = options.name;
    this.handle = options.handle;
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

  /** Processes in the background until stop(); resolves once listening has been tried. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`Event consumer ${this.name} is already running`);
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

  /** Handles batches until caught up; returns how many events were handled. */
  async processAvailable(): Promise<number> {
    let handled = 0;
    for (;;) {
      const count = await this.processBatch();
      handled += count;
      if (count < this.batchSize || this.stopRequested) return handled;
    }
  }

  /** Committed events this consumer has not handled yet. */
  async lag(): Promise<number> {
    return countEventsAfter(this.db, await readCursor(this.db, this.name));
  }

  /** Moves the cursor to the start so the next passes rebuild the projection. */
  async replayFromStart(): Promise<void> {
    await resetCursor(this.db, this.name);
    this.wakeUp.wake();
  }

  private processBatch(): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const cursor = await lockCursor(trx, this.name);
      const page = await readEvents(trx, cursor, this.batchSize);
      for (const event of page.events) {
        try {
          await this.handle(trx, event);
        } catch (cause) {
          throw new EventHandlerError(this.name, event, { cause });
        }
      }
      if (page.position && page.events.length > 0) await saveCursor(trx, this.name, page.position);
      return page.events.length;
    });
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
      if (failures > 0 && databaseLost) {
        // The database is out of reach (restarting, say): keep polling, never slower
        // than the poll interval, and look at once when the LISTEN connection is back,
        // which means the database answers again.
        await this.wakeUp.sleep(backoffDelay(failures, 200, Math.min(this.pollIntervalMs, 5_000)));
      } else if (failures > 0) {
        // Notifications must not cut the back-off short, or a failing handler would spin.
        await this.stopWaiting.sleep(backoffDelay(failures, 200, 30_000));
      } else if (heldBackChecks > 0) {
        await this.wakeUp.sleep(backoffDelay(heldBackChecks, 50, this.pollIntervalMs));
      } else {
        await this.wakeUp.sleep(this.pollIntervalMs);
      }
    }
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
