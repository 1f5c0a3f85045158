import { GraphQLError } from 'graphql';
import type { AccountsContext } from '../graphql/context.js';

/**
 * Password guessing is refused three ways: the gateway limits attempts per client
 * address; here one sign-in per operation (aliases cannot multiply attempts) and a
 * budget of failed attempts per e-mail address, so spreading guesses over many
 * client addresses does not help either, while the owner's own sign-ins cost nothing.
 */
export function takeSignInAttempt(context: AccountsContext, email: string | null): void {
  context.signInAttempts.count += 1;
  if (context.signInAttempts.count > 1) throw tooManySignIns(60, 'Only one sign-in or sign-up per request');
  if (email === null) return;
  const byEmail = context.services.failedSignIns.peek(email);
  if (!byEmail.allowed) throw tooManySignIns(byEmail.retryAfterSeconds, 'Too many failed sign-ins for this account');
}

/** A wrong password spends from the e-mail address's budget. */
export function recordFailedSignIn(context: AccountsContext, email: string): void {
  context.services.failedSignIns.take(email);
}

// No HTTP status here: the gateway answers 429 with retry-after for it (its retry-after plugin).
function tooManySignIns(retryAfterSeconds: number, what: string): GraphQLError {
  return new GraphQLError(`${what}; try again in ${retryAfterSeconds} s`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });
}
