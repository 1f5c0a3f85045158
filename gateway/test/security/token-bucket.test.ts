import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '@msp-atlas/service-runtime';

describe('token buckets', () => {
  it('allows a burst of one minute, then one more per refill interval, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 6, now: () => now });
    for (let count = 0; count < 6; count += 1) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(buckets.take('b').allowed).toBe(true);
    now += 4_000;
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('forgets full buckets once it tracks too many clients', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, now: () => now, maxClients: 2 });
    buckets.take('a');
    buckets.take('b');
    now += 60_000;
    buckets.take('c');
    // 'a' and 'b' refilled and were dropped; a dropped client starts with a full bucket again.
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });

  it('peek tells whether a take would pass without spending', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 2, now: () => now });
    expect(buckets.peek('a').allowed).toBe(true);
    expect(buckets.peek('a').allowed).toBe(true);
    buckets.take('a');
    buckets.take('a');
    expect(buckets.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    expect(buckets.peek('a').allowed).toBe(true);
  });
});
