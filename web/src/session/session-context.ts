import { createContext, useContext } from 'react';
import type { AuthPayload, SessionAccount } from './session-payload-fragment';

export interface SessionContextValue {
  /** The signed-in account, or null for an anonymous visitor. */
  account: SessionAccount | null;
  /** Keeps the token of a successful sign-up or sign-in. */
  signedIn: (payload: AuthPayload) => void;
  /** Ends the sign-in on the server (as far as it can be reached) and forgets the token. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> around the app');
  return session;
}
