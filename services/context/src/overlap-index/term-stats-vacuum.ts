import { sql } from 'kysely';
import type { ConsumerDeps, SubgraphConsumer } from '@msp-atlas/service-runtime';
import type { ContextDatabase } from '../database.js';

const CHECK_EVERY_MS = 10_000;
/** Dead row versions of overlap_term_stats that make a vacuum worth it. */
const DEAD_ROWS = 20_000;

/**
 * Every posting added or removed rewrites its term's id list (overlap_term_stats), so the
 * table leaves a dead row version per change; where the server does not vacuum on its own
 * (autovacuum off, or too slow during a rebuild) it would grow without bound. This
 * vacuums it in the background once enough dead versions have piled up; a plain VACUUM
 * blocks no reader or writer.
 */
export function createTermStatsVacuum({ db, logger }: ConsumerDeps<ContextDatabase>): SubgraphConsumer {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const vacuumIfBloated = async () => {
    const { rows } = await sql<{ dead: string }>`
      select n_dead_tup as dead from pg_stat_user_tables where schemaname = 'context' and relname = 'overlap_term_stats'`.execute(db);
    if (Number(rows[0]?.dead ?? 0) < DEAD_ROWS) return;
    await sql`vacuum context.overlap_term_stats`.execute(db);
  };
  return {
    async start() {
      timer = setInterval(() => {
        running = running.then(vacuumIfBloated).catch((error: unknown) => logger.warn({ err: error }, 'vacuum of overlap_term_stats failed'));
      }, CHECK_EVERY_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
