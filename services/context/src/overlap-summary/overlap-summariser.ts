import { createEventConsumer, type ConsumerDeps, type SubgraphConsumer } from '@msp-atlas/service-runtime';
import type { ContextDatabase, Db } from '../database.js';
import { partnershipIndexConsumer } from '../overlap-index/partnership-index-consumer.js';
import { anyQueued } from './overlap-summary-queue.repository.js';
import { summariseBatch, type BatchOutcome } from './summarise-batch.js';

/** Queued partnerships summarised per transaction: each costs an overlap query. */
export const SUMMARY_BATCH = 20;
/** How often an idle summariser looks at the queue (one indexed read of an empty table). */
export const SUMMARY_POLL_MS = 250;
/**
 * The least rest between two batches; the rest is at least as long as the batch took, so
 * a long queue (after a rebuild) takes at most about half of the process from the requests.
 */
export const SUMMARY_PAUSE_MS = 50;
/**
 * While the index has more events than this still to take in (a rebuild, a bulk load),
 * the summariser waits: counts made from a half-built index would only be made again.
 */
export const INDEX_BACKLOG = 500;

export interface OverlapSummariser extends SubgraphConsumer {
  /** Summarises until the queue is empty, ignoring the index backlog: for tests that drive it. */
  summariseAvailable(): Promise<BatchOutcome>;
}

/**
 * Keeps context.overlap_summaries up to date from the queue the index consumer fills, in
 * the background and apart from it, so indexing never waits for overlap queries.
 */
export function createOverlapSummariser({ db, logger }: ConsumerDeps<ContextDatabase>): OverlapSummariser {
  // Only to read the index's lag; never started here.
  const index = createEventConsumer(partnershipIndexConsumer, { db, logger });
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const summariseAvailable = async (): Promise<BatchOutcome> => {
    const total: BatchOutcome = { summarised: 0, changed: 0 };
    for (;;) {
      const outcome = await summariseBatch(db as Db, SUMMARY_BATCH);
      total.summarised += outcome.summarised;
      total.changed += outcome.changed;
      if (outcome.summarised === 0) return total;
    }
  };

  const pass = async () => {
    if (!(await anyQueued(db as Db)) || (await index.lag()) > INDEX_BACKLOG) return;
    while (!stopping) {
      const started = performance.now();
      const outcome = await summariseBatch(db as Db, SUMMARY_BATCH);
      if (outcome.summarised === 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(SUMMARY_PAUSE_MS, performance.now() - started)));
    }
  };
  const schedule = () => {
    if (stopping) return;
    timer = setTimeout(() => {
      running = pass()
        .catch((error: unknown) => logger.warn({ err: error }, 'overlap summariser failed; retrying'))
        .finally(schedule);
    }, SUMMARY_POLL_MS);
    timer.unref();
  };

  return {
    summariseAvailable,
    async start() {
      stopping = false;
      schedule();
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
