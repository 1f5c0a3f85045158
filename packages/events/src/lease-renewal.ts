import type { Kysely } from 'kysely';
import { renewLease, type ConsumerLease } from './consumer-lease.js';
import { LeaseLostError } from './lease-lost-error.js';

/**
 * Keeps a lease alive while its holder works (a slow `prepare`, say), renewing at a
 * third of its lifetime in short statements of their own, and remembers if it was lost.
 */
export class LeaseRenewal {
  private lost = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<any>,
    private readonly lease: ConsumerLease,
  ) {
    this.timer = setInterval(() => void this.renew(), Math.max(50, lease.ttlMs / 3));
    this.timer.unref();
  }

  /** Before committing: the commit would fail anyway, this says why sooner. */
  assertHeld(): void {
    if (this.lost) throw new LeaseLostError(this.lease.consumer);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<void> {
    try {
      if (!(await renewLease(this.db, this.lease))) this.lost = true;
    } catch {
      // The database is away: the batch's own statements will fail and say so.
    }
  }
}
