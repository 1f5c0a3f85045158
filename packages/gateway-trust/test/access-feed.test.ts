import { describe, expect, it } from 'vitest';
import { parseAccessFeedPage, parseGrants, parseProviderAccount } from '../src/index.js';

const change = { seq: 7, kind: 'session-ended', subject: 'session-1', occurredAt: '2026-12-01T12:00:00Z', expiresAt: '2026-12-01T12:15:00Z' };

describe('the contracts between the gateway and the accounts service', () => {
  it('read a feed page and refuse anything else', () => {
    const grantsChanged = { ...change, seq: 8, kind: 'grants-changed', subject: 'account-1', grants: [{ role: 'curator', countries: ['KEN'] }] };
    expect(parseAccessFeedPage({ changes: [change, grantsChanged], cursor: 8 })).toEqual({ changes: [change, grantsChanged], cursor: 8 });
    for (const bad of [
      null,
      { changes: [], cursor: '8' },
      { changes: [{ ...change, kind: 'account-deleted' }], cursor: 8 },
      { changes: [{ ...change, expiresAt: 'soon' }], cursor: 8 },
      { changes: [{ ...change, subject: '' }], cursor: 8 },
      { changes: [{ ...grantsChanged, grants: [{ role: 'curator', countries: 'KEN' }] }], cursor: 8 },
    ]) {
      expect(parseAccessFeedPage(bad)).toBeNull();
    }
  });

  it('read a provider account with its grants', () => {
    const account = { accountId: 'account-1', email: 'a@example.org', grants: [{ role: 'moderator', scope: 'learning' }] };
    expect(parseProviderAccount(account)).toEqual(account);
    expect(parseProviderAccount({ ...account, grants: [{ role: 'moderator', scope: 'Learning Library' }] })).toBeNull();
    expect(parseProviderAccount({ ...account, accountId: '' })).toBeNull();
  });

  it('bound how many grants one identity may carry', () => {
    expect(parseGrants(Array.from({ length: 100 }, () => ({ role: 'admin' })))).toHaveLength(100);
    expect(parseGrants(Array.from({ length: 101 }, () => ({ role: 'admin' })))).toBeNull();
  });
});
