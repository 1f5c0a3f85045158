import { isUniqueViolation } from '@msp-atlas/db';
import { badUserInput, unauthenticated } from '@msp-atlas/federation';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { GraphQLError } from 'graphql';
import { recordAccessChange } from '../access-changes/access-change.repository.js';
import { grantsOfAccount } from '../account/account-grants.js';
import { findAccountByEmail, findAccountWithRoles, insertAccount, type AccountWithRoles } from '../account/account.repository.js';
import type { AccountsServices } from '../accounts-services.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../password/password-hash.js';
import { findLiveSessionAccount, insertSession, revokeExternalToken, revokeSession } from '../session/session.repository.js';
import type { IssuedToken } from '../tokens/local-tokens.js';
import { passwordWithinCap, validEmail, validName, validNewPassword } from './credentials.validation.js';
import type { SignInInput } from './sign-in.input.js';
import type { SignUpInput } from './sign-up.input.js';

export interface SignedIn extends IssuedToken {
  account: AccountWithRoles;
}

/** Checks the input only: the caller takes the rate-limit attempt before any hashing. */
export function validSignUp(input: SignUpInput) {
  return {
    email: validEmail(input.email, 'input.email'),
    password: validNewPassword(input.password, 'input.password'),
    name: validName(input.name, 'input.name'),
  };
}

export async function signUp(services: AccountsServices, input: ReturnType<typeof validSignUp>): Promise<SignedIn> {
  const taken = () => badUserInput('An account with this e-mail address exists; sign in instead', 'input.email');
  if (await findAccountByEmail(services.db, input.email)) throw taken();
  const passwordHash = await hashPassword(input.password, services.passwordCost);
  const account = await insertAccount(services.db, {
    email: input.email,
    name: input.name,
    password_hash: passwordHash,
    is_admin: input.email === services.firstAdminEmail,
  }).catch((error) => {
    if (isUniqueViolation(error, 'accounts_email_key')) throw taken();
    throw error;
  });
  return startSession(services, account.id);
}

export function validSignIn(input: SignInInput) {
  return { email: validEmail(input.email, 'input.email'), password: passwordWithinCap(input.password, 'input.password') };
}

export async function signIn(services: AccountsServices, input: ReturnType<typeof validSignIn>): Promise<SignedIn> {
  const account = await findAccountByEmail(services.db, input.email);
  // Always hash once, so an unknown e-mail answers as slowly as a wrong password.
  const matches = await verifyPassword(input.password, account?.password_hash ?? (await decoyPasswordHash(services.passwordCost)));
  if (!account?.password_hash || !matches) throw unauthenticated('Wrong e-mail address or password');
  return startSession(services, account.id);
}

/** A new token for the same session, with the account's current grants: signed-in clients renew before `expiresAt`. */
export async function renewToken(services: AccountsServices, identity: GatewayIdentity): Promise<SignedIn> {
  const { credential } = identity;
  if (identity.accountId === null || !credential) throw unauthenticated('Sign in first');
  if (credential.kind === 'provider') {
    throw new GraphQLError('Tokens of the identity provider are renewed there', { extensions: { code: 'FORBIDDEN' } });
  }
  // The gateway knows ended sessions only as long as their tokens live; the session table knows for good.
  const account = await findLiveSessionAccount(services.db, credential.sessionId);
  if (!account || account.id !== identity.accountId) throw unauthenticated('The sign-in has ended; sign in again');
  return issueFor(services, account, credential.sessionId);
}

/**
 * Ends the session behind the token (all its tokens), or blocks a provider token until
 * it expires; the access feed tells the gateways in the same transaction.
 */
export async function signOut(services: AccountsServices, identity: GatewayIdentity): Promise<boolean> {
  const { credential } = identity;
  if (identity.accountId === null || !credential) throw unauthenticated('Sign in first');
  if (credential.kind === 'session') {
    await services.db.transaction().execute(async (trx) => {
      await revokeSession(trx, credential.sessionId);
      await recordAccessChange(trx, { kind: 'session-ended', subject: credential.sessionId, expiresAt: services.localTokens.lastExpiryFromNow() });
    });
    return true;
  }
  if (credential.tokenId === null) return false;
  const { tokenId } = credential;
  await services.db.transaction().execute(async (trx) => {
    await revokeExternalToken(trx, tokenId, credential.expiresAt);
    await recordAccessChange(trx, { kind: 'token-revoked', subject: tokenId, expiresAt: credential.expiresAt });
  });
  return true;
}

async function startSession(services: AccountsServices, accountId: string): Promise<SignedIn> {
  const expiresAt = new Date(Date.now() + services.sessionTtlSeconds * 1000);
  const sessionId = await insertSession(services.db, accountId, expiresAt);
  const account = await findAccountWithRoles(services.db, accountId);
  // biome-ignore lint/style/noNonNullAssertion: the session was just made for this account, which exists
  return issueFor(services, account!, sessionId);
}

async function issueFor(services: AccountsServices, account: AccountWithRoles, sessionId: string): Promise<SignedIn> {
  const issued = await services.localTokens.issue({ accountId: account.id, sessionId, email: account.email, grants: grantsOfAccount(account) });
  return { ...issued, account };
}
