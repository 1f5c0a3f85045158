import { ACCESS_FEED_PATH, parseAccessFeedPage, type AccessChange, type Grant } from '@msp-atlas/gateway-trust';
import type { Logger } from '@msp-atlas/service-runtime';
import type { AccountsClient } from './accounts-client.js';

export interface AccessFeedOptions {
  client: AccountsClient;
  logger: Logger;
  /** How often the feed is read (ms). */
  intervalMs?: number;
  /** How long the last good read may be ago before tokens are refused (ms). */
  staleAfterMs?: number;
  now?: () => number;
}

interface GrantsChange {
  grants: Grant[];
  /** Unix seconds: tokens issued up to then carry grants that may be older. */
  changedAt: number;
}

/**
 * The gateway's memory of what the accounts service revoked or changed, read from its
 * access feed every `intervalMs`: ended sessions, signed-out provider tokens, and the
 * latest grants of accounts whose roles changed. Each entry is kept until the last token
 * it concerns expires (the feed says when), so the memory stays small.
 */
export class AccessFeed {
  private readonly endedSessions = new Map<string, number>();
  private readonly revokedTokens = new Map<string, number>();
  private readonly changedGrants = new Map<string, GrantsChange & { keptUntil: number }>();
  private cursor: number | null = null;
  private lastReadAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private nextReading: Promise<void> | null = null;
  private failing = false;
  private readonly intervalMs: number;
  private readonly staleAfterMs: number;
  private readonly now: () => number;

  constructor(private readonly options: AccessFeedOptions) {
    this.intervalMs = options.intervalMs ?? 1_000;
    this.staleAfterMs = options.staleAfterMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Reads once (a failure is logged, not thrown: the gateway starts without accounts), then every interval. */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Whether the last good read is recent enough to trust tokens on. */
  get isCurrent(): boolean {
    return this.lastReadAt !== null && this.now() - this.lastReadAt <= this.staleAfterMs;
  }

  isSessionEnded(sessionId: string): boolean {
    return this.endedSessions.has(sessionId);
  }

  isTokenRevoked(tokenId: string): boolean {
    return this.revokedTokens.has(tokenId);
  }

  /** The account's grants if they changed at or after `since` (unix seconds), else undefined. */
  grantsChangedSince(accountId: string, since: number): Grant[] | undefined {
    const change = this.changedGrants.get(accountId);
    return change && change.changedAt >= since ? change.grants : undefined;
  }

  /**
   * Reads what is new now. A read already under way may have started before the
   * change the caller waits for, so callers arriving meanwhile share one more read
   * after it.
   */
  refresh(): Promise<void> {
    if (this.nextReading) return this.nextReading;
    if (this.reading) {
      this.nextReading = this.reading.then(() => {
        this.nextReading = null;
        return this.refresh();
      });
      return this.nextReading;
    }
    this.reading = this.read().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async read(): Promise<void> {
    try {
      // One page per read; a longer backlog is read on by the next ones.
      const query = this.cursor === null ? '' : `?after=${this.cursor}`;
      const { status, body } = await this.options.client.get(`${ACCESS_FEED_PATH}${query}`);
      const page = status === 200 ? parseAccessFeedPage(body) : null;
      if (!page) throw new Error(`unexpected answer (HTTP ${status})`);
      for (const change of page.changes) this.apply(change);
      this.cursor = page.cursor;
      this.lastReadAt = this.now();
      this.forgetExpired();
      if (this.failing) this.options.logger.info({ service: 'accounts' }, 'access feed available again');
      this.failing = false;
    } catch (error) {
      // Once per outage, not once per interval.
      if (!this.failing) this.options.logger.warn({ err: error, service: 'accounts' }, 'access feed unavailable');
      this.failing = true;
    }
  }

  private apply(change: AccessChange): void {
    const occurredAt = Date.parse(change.occurredAt);
    const keptUntil = Date.parse(change.expiresAt);
    if (change.kind === 'grants-changed') {
      this.changedGrants.set(change.subject, { grants: change.grants, changedAt: Math.floor(occurredAt / 1000), keptUntil });
    } else {
      (change.kind === 'session-ended' ? this.endedSessions : this.revokedTokens).set(change.subject, keptUntil);
    }
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const entries of [this.endedSessions, this.revokedTokens]) {
      for (const [key, keptUntil] of entries) if (keptUntil < now) entries.delete(key);
    }
    for (const [key, change] of this.changedGrants) if (change.keptUntil < now) this.changedGrants.delete(key);
  }
}
