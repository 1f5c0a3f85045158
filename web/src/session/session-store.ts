import type { AuthPayload } from './session-payload-fragment';
import { readStoredSession, sessionFromPayload, writeStoredSession, type StoredSession } from './stored-session';

export interface SessionSnapshot {
  session: StoredSession | null;
  /**
   * Counts the changes of who is signed in (sign-in, sign-out, a refused token), not
   * renewals: the app starts a new GraphQL client, with an empty cache, for each.
   */
  generation: number;
}

export interface SessionStore {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** The token to send now, if any. */
  currentToken(): string | null;
  signedIn(payload: AuthPayload): void;
  /** A renewal keeps who is signed in; one for another account, or after sign-out, is ignored. */
  renewed(payload: AuthPayload): void;
  signedOut(): void;
  /** The API refused this token: forget it, unless it has been replaced meanwhile. */
  tokenRejected(token: string): void;
}

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createSessionStore(storage: SessionStorageLike | null, now: () => number = Date.now): SessionStore {
  let snapshot: SessionSnapshot = { session: readStoredSession(storage, now()), generation: 0 };
  const listeners = new Set<() => void>();

  const set = (session: StoredSession | null, newGeneration: boolean) => {
    writeStoredSession(storage, session);
    snapshot = { session, generation: snapshot.generation + (newGeneration ? 1 : 0) };
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentToken: () => snapshot.session?.token ?? null,
    signedIn: (payload) => set(sessionFromPayload(payload), true),
    renewed(payload) {
      if (snapshot.session?.account.id !== payload.viewer.id) return;
      set(sessionFromPayload(payload), false);
    },
    signedOut() {
      if (snapshot.session) set(null, true);
    },
    tokenRejected(token) {
      if (snapshot.session?.token === token) set(null, true);
    },
  };
}

/** The browser's sessionStorage, or none where it is blocked. */
export function browserSessionStorage(): SessionStorageLike | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
