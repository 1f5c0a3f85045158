import type { Logger } from './logger.js';

/**
 * Runs the clean-up once on SIGTERM or SIGINT, then exits; a second signal, or a
 * clean-up that hangs past the grace period, exits at once.
 */
export function onShutdownSignal(logger: Logger, cleanUp: () => Promise<void>, graceMs = 10_000): void {
  let shuttingDown = false;
  const handle = (signal: NodeJS.Signals) => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long');
      process.exit(1);
    }, graceMs).unref();
    cleanUp().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
