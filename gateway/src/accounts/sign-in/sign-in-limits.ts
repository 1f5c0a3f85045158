import { rateLimited } from '../../limits/limit-errors.js';
import type { AccountsContext } from '../accounts-context.js';

/**
 * Password guessing is refused three ways: one sign-in per operation (aliases or
 * batches cannot multiply attempts), a budget of attempts per client address, and a
 * budget of failed attempts per e-mail address, so spreading guesses over many client
 * addresses does not help either, while the owner's own sign-ins cost nothing.
 */
export function takeSignInAttempt(context: AccountsContext, email: string | null): void {
  context.signInAttempts.count += 1;
  if (context.signInAttempts.count > 1) throw rateLimited(60, 'Only one sign-in or sign-up per request');
  const { perClient, perEmail } = context.services.signInLimits;
  const byClient = perClient.take(context.clientAddress);
  if (!byClient.allowed) throw rateLimited(byClient.retryAfterSeconds, 'Too many sign-in attempts from this client');
  if (email === null) return;
  const byEmail = perEmail.peek(email);
  if (!byEmail.allowed) throw rateLimited(byEmail.retryAfterSeconds, 'Too many failed sign-ins for this account');
}

/** A wrong password spends from the e-mail address's budget. */
export function recordFailedSignIn(context: AccountsContext, email: string): void {
  context.services.signInLimits.perEmail.take(email);
}
