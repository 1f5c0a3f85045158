import type { EventConsumer } from '@msp-atlas/events';

/** Long enough for a consumer woken by NOTIFY to take in a registration; short enough that a stalled one costs a read little. */
const WAIT_AT_MOST_MS = 3_000;
const CHECK_EVERY_MS = 15;

/**
 * Reads that follow a write elsewhere (a registration, a phase change, then its health
 * check) should see it: the health check reads the registry from its own projection,
 * so such a request first waits, briefly, until the projection's consumer has nothing
 * pending. Past the bound it answers from what it has. A consumer that does not run in
 * the background (a test drives it) is not waited for. Answers whether it runs.
 */
export async function projectionCaughtUp(consumer: EventConsumer): Promise<boolean> {
  if (!consumer.isRunning) return false;
  const deadline = Date.now() + WAIT_AT_MOST_MS;
  while ((await consumer.lag()) > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
  }
  return true;
}
