import { badUserInput, isUuid, notFound } from '@msp-atlas/federation';
import type { IdentityDb } from '../database.js';
import { validEmail } from '../sign-in/credentials.validation.js';
import { findAccountByEmail, findAccountWithRoles, type AccountWithRoles } from './account.repository.js';
import type { AccountRow } from './account.table.js';

/** The account a role is given to, named by e-mail: it must exist already (people sign up themselves). */
export async function accountToAppoint(db: IdentityDb, email: string): Promise<AccountRow> {
  const account = await findAccountByEmail(db, validEmail(email, 'input.email'));
  if (!account) throw badUserInput('No account has this e-mail address; the person signs up first', 'input.email');
  return account;
}

/** The account a role is taken from, named by id. */
export async function accountToDismiss(db: IdentityDb, accountId: string): Promise<AccountWithRoles> {
  if (!isUuid(accountId)) throw badUserInput('Not an account id', 'input.accountId');
  const account = await findAccountWithRoles(db, accountId);
  if (!account) throw notFound('Account', accountId);
  return account;
}
