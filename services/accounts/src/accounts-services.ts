import type { TokenBuckets } from '@msp-atlas/service-runtime';
import type { IdentityDb } from './database.js';
import type { PasswordHashCost } from './password/password-hash.js';
import type { LocalTokens } from './tokens/local-tokens.js';

/** The long-lived parts the accounts resolvers work with, made once per service. */
export interface AccountsServices {
  db: IdentityDb;
  localTokens: LocalTokens;
  /** How long a sign-in lasts; its short-lived tokens are renewed within it. */
  sessionTtlSeconds: number;
  /** The e-mail whose account is an administrator from the start (configuration). */
  firstAdminEmail?: string;
  /** Failed sign-ins per e-mail address (the gateway limits attempts per client address). */
  failedSignIns: TokenBuckets;
  /** What new password hashes cost: the production cost unless a test run asked for less. */
  passwordCost: PasswordHashCost;
}
