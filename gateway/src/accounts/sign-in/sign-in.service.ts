import { unauthenticated } from '@msp-atlas/federation';
import { isUniqueViolation } from '@msp-atlas/db';
import { badUserInput } from '@msp-atlas/federation';
import { GraphQLError } from 'graphql';
import { findAccountByEmail, findAccountWithRoles, insertAccount, type AccountWithRoles } from '../account/account.repository.js';
import type { AccountsServices } from '../accounts-services.js';
import type { Caller } from '../authentication/credential.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../password/password-hash.js';
import { insertSession, revokeExternalToken, revokeSession } from '../session/session.repository.js';
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
  const passwordHash = await hashPassword(input.password);
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
  const matches = await verifyPassword(input.password, account?.password_hash ?? (await decoyPasswordHash()));
  if (!account?.password_hash || !matches) throw unauthenticated('Wrong e-mail address or password');
  return startSession(services, account.id);
}

/** A new token for the same session: signed-in clients renew before `expiresAt`. */
export async function renewToken(services: AccountsServices, caller: Caller): Promise<SignedIn> {
  if (caller.credential.kind === 'anonymous') throw unauthenticated('Sign in first');
  if (caller.credential.kind === 'external') {
    throw new GraphQLError('Tokens of the identity provider are renewed there', { extensions: { code: 'FORBIDDEN' } });
  }
  const account = await findAccountWithRoles(services.db, caller.identity.accountId!);
  if (!account) throw unauthenticated('The account no longer exists');
  const issued = await services.localTokens.issue({ accountId: account.id, sessionId: caller.credential.sessionId });
  return { ...issued, account };
}

/** Ends the session behind the token (all its tokens), or blocks a provider token until it expires. */
export async function signOut(services: AccountsServices, caller: Caller): Promise<boolean> {
  const { credential } = caller;
  if (credential.kind === 'anonymous') throw unauthenticated('Sign in first');
  if (credential.kind === 'session') {
    await revokeSession(services.db, credential.sessionId);
    services.authenticator.forgetSession(credential.sessionId);
    return true;
  }
  if (credential.tokenId === null) return false;
  await revokeExternalToken(services.db, credential.tokenId, credential.expiresAt);
  services.authenticator.forgetProviderToken(credential.tokenId);
  return true;
}

async function startSession(services: AccountsServices, accountId: string): Promise<SignedIn> {
  const expiresAt = new Date(Date.now() + services.sessionTtlSeconds * 1000);
  const sessionId = await insertSession(services.db, accountId, expiresAt);
  const account = await findAccountWithRoles(services.db, accountId);
  const issued = await services.localTokens.issue({ accountId, sessionId });
  return { ...issued, account: account! };
}
