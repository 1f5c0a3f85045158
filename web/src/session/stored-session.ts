import type { AuthPayload, SessionAccount } from './session-payload-fragment';

/** A sign-in as the app keeps it: the bearer token, when it ends, and whose it is. */
export interface StoredSession {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  account: SessionAccount;
}

/**
 * Where the token lives: sessionStorage, not localStorage. It survives a reload (the app's
 * routes must), but it belongs to this one tab and is gone when the tab or browser closes,
 * so a shared computer (a workshop laptop, a library desk) does not stay signed in, and no
 * other tab holds a copy of the bearer token. Both storages are open to a script injected
 * into the page, so the token is short-lived (15 minutes, renewed while the tab is open)
 * and never goes into a URL, where it would end up in history, logs and referrers.
 * The price: a new tab asks to sign in again.
 */
export const SESSION_STORAGE_KEY = 'msp-atlas:session';

export function sessionFromPayload(payload: AuthPayload): StoredSession {
  return { token: payload.token, expiresAt: Date.parse(payload.expiresAt), account: payload.viewer };
}

/** The session kept in storage, or null when there is none, it is unreadable, or it has expired. */
export function readStoredSession(storage: Pick<Storage, 'getItem'> | null, now: number): StoredSession | null {
  const text = safely(() => storage?.getItem(SESSION_STORAGE_KEY) ?? null, null);
  if (!text) return null;
  const value = safely<unknown>(() => JSON.parse(text), null);
  if (!isStoredSession(value) || value.expiresAt <= now) return null;
  return value;
}

/** Keeps the session (or forgets it, for null); a storage that refuses (private mode, quota) only costs the reload. */
export function writeStoredSession(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, session: StoredSession | null): void {
  safely(() => {
    if (session) storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else storage?.removeItem(SESSION_STORAGE_KEY);
  }, undefined);
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt, account } = value as Partial<StoredSession>;
  return (
    typeof token === 'string' &&
    token !== '' &&
    typeof expiresAt === 'number' &&
    Number.isFinite(expiresAt) &&
    typeof account === 'object' &&
    account !== null &&
    typeof account.id === 'string' &&
    typeof account.name === 'string'
  );
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
