export interface TokenBucketOptions {
  /** Tokens added per minute, which is also the burst a client may spend at once. */
  perMinute: number;
  now?: () => number;
  /** Clients tracked before full (idle) buckets are dropped, so memory stays bounded. */
  maxClients?: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One token bucket per client key, in memory: enough for a single gateway process. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.perMs = options.perMinute / 60_000;
    this.now = options.now ?? Date.now;
  }

  take(key: string): TakeResult {
    return this.check(key, true);
  }

  /** Whether `take` would succeed, without spending a token: for limits that only count failures. */
  peek(key: string): TakeResult {
    return this.check(key, false);
  }

  private check(key: string, spend: boolean): TakeResult {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.perMinute, at: now };
    bucket.tokens = Math.min(this.options.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      if (!spend) return { allowed: true };
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      this.prune(now);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  private prune(now: number): void {
    if (this.buckets.size <= (this.options.maxClients ?? 10_000)) return;
    for (const [key, bucket] of this.buckets) {
      // A bucket that has refilled completely behaves like a new one, so it can go.
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.options.perMinute) this.buckets.delete(key);
    }
  }
}
