import type { ConsumerDeps, SubgraphConsumer } from '@msp-atlas/service-runtime';
import type { Db, HealthDatabase } from '../database.js';
import { today } from '../domain/clock.js';
import { evaluatePartnerships } from './evaluate-partnerships.js';
import { dueForReview } from './partnership-health.repository.js';

const CHECK_EVERY_MS = 60_000;
/** Partnerships per transaction, so one review never holds the projection's lock for long. */
const BATCH = 200;

/**
 * Re-evaluates every partnership whose review date has come (a progress report falls
 * overdue, a milestone falls due): such changes come with the calendar, not with an
 * event. Answers how many were evaluated and how many changed.
 */
export async function reviewDueHealth(db: Db, on: string): Promise<{ evaluated: number; published: number }> {
  const total = { evaluated: 0, published: 0 };
  // Each partnership once per review, even if a rule named a review date that is not after `on`.
  const reviewed = new Set<string>();
  for (;;) {
    const outcome = await db.transaction().execute(async (trx) => {
      const due = (await dueForReview(trx, on, BATCH + reviewed.size)).filter((id) => !reviewed.has(id)).slice(0, BATCH);
      for (const id of due) reviewed.add(id);
      return { due: due.length, ...(await evaluatePartnerships(trx, due, on)) };
    });
    total.evaluated += outcome.evaluated;
    total.published += outcome.published;
    if (outcome.due < BATCH) return total;
  }
}

/** Runs the review in the background: once at start, then every minute. */
export function createHealthReview({ db, logger }: ConsumerDeps<HealthDatabase>): SubgraphConsumer {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const review = () => {
    running = running
      .then(async () => {
        const outcome = await reviewDueHealth(db, today());
        if (outcome.evaluated > 0) logger.info(outcome, 'health review: due partnerships re-evaluated');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'health review failed'));
  };
  return {
    async start() {
      review();
      timer = setInterval(review, CHECK_EVERY_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
