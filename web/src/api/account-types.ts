// The shapes the web app reads from the gateway's accounts (see gateway/src/accounts).

/** The signed-in person, as every AuthPayload and the `viewer` query return them. */
export interface SessionAccount {
  id: string;
  name: string;
  email: string | null;
  isAdmin: boolean;
  curatorCountries: string[];
}

/** What signUp, signIn and renewToken answer. */
export interface AuthPayload {
  token: string;
  /** ISO timestamp; the token stops working then. */
  expiresAt: string;
  viewer: SessionAccount;
}

/** An account as the curator administration shows it. */
export type CuratorAccount = Pick<SessionAccount, 'id' | 'name' | 'email' | 'curatorCountries'>;
