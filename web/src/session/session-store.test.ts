import { describe, expect, it } from 'vitest';
import type { AuthPayload } from './session-payload-fragment';
import { createSessionStore } from './session-store';
import { SESSION_STORAGE_KEY } from './stored-session';

const NOW = Date.parse('2026-01-10T12:00:00Z');

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function payload(token: string, accountId = 'acc-1', minutes = 15): AuthPayload {
  return {
    token,
    expiresAt: new Date(NOW + minutes * 60_000).toISOString(),
    viewer: { id: accountId, name: 'Amina Njoroge', email: 'amina@example.org', isAdmin: false, curatorCountries: [] },
  };
}

describe('the session store', () => {
  it('keeps a sign-in in storage and starts a new generation for it, not for a renewal', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    expect(store.getSnapshot()).toEqual({ session: null, generation: 0 });

    store.signedIn(payload('token-1'));
    expect(store.currentToken()).toBe('token-1');
    expect(store.getSnapshot().generation).toBe(1);
    expect(JSON.parse(storage.items.get(SESSION_STORAGE_KEY)!).token).toBe('token-1');

    store.renewed(payload('token-2'));
    expect(store.currentToken()).toBe('token-2');
    expect(store.getSnapshot().generation).toBe(1);

    // A reload finds the session again.
    expect(createSessionStore(storage, () => NOW).currentToken()).toBe('token-2');
  });

  it('drops a refused token only if it is still the current one', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    store.signedIn(payload('old'));
    store.renewed(payload('new'));
    store.tokenRejected('old');
    expect(store.currentToken()).toBe('new');

    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.tokenRejected('new');
    expect(store.getSnapshot()).toEqual({ session: null, generation: 2 });
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(notified).toBe(1);
  });

  it('ignores a renewal after sign-out or for another account, and forgets expired or garbled sessions', () => {
    const store = createSessionStore(memoryStorage(), () => NOW);
    store.signedIn(payload('mine'));
    store.renewed(payload('theirs', 'acc-2'));
    expect(store.currentToken()).toBe('mine');
    store.signedOut();
    store.renewed(payload('late'));
    expect(store.currentToken()).toBeNull();

    const expired = memoryStorage();
    createSessionStore(expired, () => NOW).signedIn(payload('short', 'acc-1', 1));
    expect(createSessionStore(expired, () => NOW + 2 * 60_000).currentToken()).toBeNull();
    expect(createSessionStore(memoryStorage({ [SESSION_STORAGE_KEY]: '{"token":' }), () => NOW).currentToken()).toBeNull();
    expect(createSessionStore(null, () => NOW).currentToken()).toBeNull();
  });
});
