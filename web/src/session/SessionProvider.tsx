import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createGraphqlClient } from '../api/graphql-client';
import { graphqlProblems } from '../api/graphql-problems';
import { RENEW_TOKEN_MUTATION } from '../api/renew-token-mutation';
import { SIGN_OUT_MUTATION } from '../api/sign-out-mutation';
import { RENEWAL_RETRY_MS, renewalDelayMs } from './renewal';
import { SessionContext, type SessionContextValue } from './session-context';
import { browserSessionStorage, createSessionStore, type SessionStore } from './session-store';

const defaultStore = createSessionStore(browserSessionStorage());

/**
 * Holds the sign-in for the whole app: gives every request the current token,
 * renews it a minute before it expires, forgets it when the API refuses it, and
 * starts a fresh GraphQL client (empty cache) whenever the signed-in person changes,
 * so every page asks again with the new rights.
 */
export function SessionProvider({ store = defaultStore, children }: { store?: SessionStore; children: ReactNode }) {
  const { session, generation } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is there on purpose, as said below
  const client = useMemo(
    () => createGraphqlClient({ currentToken: store.currentToken, onTokenRejected: store.tokenRejected }),
    // `generation` on purpose: a new client per change of who is signed in; renewals keep the client and its cache.
    [store, generation],
  );
  useTokenRenewal(store, client, session?.token ?? null, session?.expiresAt ?? null);

  const signOut = useCallback(async () => {
    const token = store.currentToken();
    if (!token) return;
    // Forget the token whatever the answer: an unreachable server must not keep anyone signed in here.
    await client
      .mutation(SIGN_OUT_MUTATION, {})
      .toPromise()
      .catch(() => undefined);
    store.tokenRejected(token);
  }, [client, store]);

  const value = useMemo<SessionContextValue>(
    () => ({ account: session?.account ?? null, signedIn: store.signedIn, signOut }),
    [session?.account, store, signOut],
  );
  return (
    <SessionContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

/**
 * Renews the token a minute before `expiresAt`, and again whenever the tab becomes
 * visible (a hidden tab's timers may fire late). A refused renewal forgets the token;
 * an unreachable server is asked again shortly, until the token has expired.
 */
function useTokenRenewal(store: SessionStore, client: Client, token: string | null, expiresAt: number | null): void {
  useEffect(() => {
    if (!token || expiresAt === null) return;
    let timer: number | undefined;
    let renewing = false;
    let stopped = false;

    const schedule = (delay: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void renew(), delay);
    };
    const renew = async () => {
      if (renewing || stopped) return;
      if (Date.now() >= expiresAt) return store.tokenRejected(token);
      renewing = true;
      const result = await client.mutation(RENEW_TOKEN_MUTATION, {}, { requestPolicy: 'network-only' }).toPromise();
      renewing = false;
      if (stopped) return;
      const renewed = result.data?.renewToken;
      if (renewed) return store.renewed(renewed);
      const codes = graphqlProblems(result.error).map((problem) => problem.code);
      // The session has ended (signed out elsewhere, account gone): continue anonymously.
      if (codes.includes('UNAUTHENTICATED')) return store.tokenRejected(token);
      // A token of another kind cannot be renewed here; it simply runs out.
      if (codes.includes('FORBIDDEN')) return;
      // Unreachable, rate limited, a passing server error: ask again while the token lasts.
      schedule(RENEWAL_RETRY_MS);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible' && renewalDelayMs(expiresAt, Date.now()) === 0) void renew();
    };

    schedule(renewalDelayMs(expiresAt, Date.now()));
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [store, client, token, expiresAt]);
}
