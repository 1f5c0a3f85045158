import type { TokenBuckets } from '../limits/token-bucket.js';
import type { Authenticator } from './authentication/authenticator.js';
import type { IdentityDb } from './database.js';
import type { LocalTokens } from './tokens/local-tokens.js';

/** The long-lived parts the accounts resolvers work with, made once per gateway. */
export interface AccountsServices {
  db: IdentityDb;
  localTokens: LocalTokens;
  authenticator: Authenticator;
  /** How long a sign-in lasts; its short-lived tokens are renewed within it. */
  sessionTtlSeconds: number;
  /** The e-mail whose account is an administrator from the start (configuration). */
  firstAdminEmail?: string;
  signInLimits: { perClient: TokenBuckets; perEmail: TokenBuckets };
}
