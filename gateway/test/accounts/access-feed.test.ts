import { createLogger } from '@msp-atlas/service-runtime';
import { describe, expect, it } from 'vitest';
import { AccessFeed } from '../../src/authentication/access-feed.js';
import type { AccountsClient } from '../../src/authentication/accounts-client.js';

// The feed's own bookkeeping, with the accounts service's answers written out here;
// the end-to-end behaviour against the real service is in accounts-service.test.ts.
function feedAnswering(pages: unknown[], now: { ms: number }) {
  const asked: string[] = [];
  const client = {
    async get(path: string) {
      asked.push(path);
      const page = pages.shift();
      if (page instanceof Error) throw page;
      return { status: 200, body: page ?? { changes: [], cursor: 2 } };
    },
  } as unknown as AccountsClient;
  const feed = new AccessFeed({ client, logger: createLogger('test', 'silent'), staleAfterMs: 5_000, now: () => now.ms });
  return { feed, asked };
}

const at = (ms: number) => new Date(ms).toISOString();

describe('the access feed in the gateway', () => {
  it('remembers each change until the last token it concerns expires', async () => {
    const now = { ms: Date.parse('2026-12-01T12:00:00Z') };
    const { feed, asked } = feedAnswering(
      [
        {
          changes: [
            { seq: 1, kind: 'session-ended', subject: 'session-1', occurredAt: at(now.ms - 1_000), expiresAt: at(now.ms + 59_000) },
            {
              seq: 2,
              kind: 'grants-changed',
              subject: 'account-1',
              grants: [{ role: 'curator', countries: ['KEN'] }],
              occurredAt: at(now.ms),
              expiresAt: at(now.ms + 60_000),
            },
            // A provider token lives as long as the provider made it, longer than the platform's own.
            { seq: 3, kind: 'token-revoked', subject: 'provider-token-1', occurredAt: at(now.ms), expiresAt: at(now.ms + 3_600_000) },
          ],
          cursor: 3,
        },
      ],
      now,
    );
    await feed.refresh();
    expect(asked).toEqual(['/internal/access-changes']);
    expect(feed.isSessionEnded('session-1')).toBe(true);
    const issuedBefore = Math.floor(now.ms / 1000) - 30;
    expect(feed.grantsChangedSince('account-1', issuedBefore)).toEqual([{ role: 'curator', countries: ['KEN'] }]);
    expect(feed.grantsChangedSince('account-1', Math.floor(now.ms / 1000) + 1)).toBeUndefined();

    now.ms += 61_000;
    await feed.refresh();
    expect(asked.at(-1)).toBe('/internal/access-changes?after=3');
    expect(feed.isSessionEnded('session-1')).toBe(false);
    expect(feed.grantsChangedSince('account-1', 0)).toBeUndefined();
    expect(feed.isTokenRevoked('provider-token-1')).toBe(true);
  });

  it('counts as current only within the staleness bound after a good read', async () => {
    const now = { ms: 1_000_000 };
    const { feed } = feedAnswering([new Error('connection refused'), undefined, new Error('connection refused')], now);
    await feed.refresh();
    expect(feed.isCurrent).toBe(false);
    await feed.refresh();
    expect(feed.isCurrent).toBe(true);
    now.ms += 4_000;
    await feed.refresh();
    expect(feed.isCurrent).toBe(true);
    now.ms += 1_500;
    expect(feed.isCurrent).toBe(false);
  });

  it('gives callers arriving during a read one shared read after it', async () => {
    const { feed, asked } = feedAnswering([], { ms: 0 });
    await Promise.all([feed.refresh(), feed.refresh(), feed.refresh(), feed.refresh()]);
    expect(asked).toHaveLength(2);
  });
});
