import { requireAdmin, type Viewer } from '@msp-atlas/access';
import { badUserInput, isUuid, notFound } from '@msp-atlas/federation';
import { findAccountByEmail, findAccountWithRoles, type AccountWithRoles } from '../account/account.repository.js';
import { changeRoles } from '../account/change-roles.js';
import type { AccountsServices } from '../accounts-services.js';
import { validEmail } from '../sign-in/credentials.validation.js';
import type { AppointModeratorInput } from './appoint-moderator.input.js';
import type { DismissModeratorInput } from './dismiss-moderator.input.js';
import { appointModerator, dismissModerator } from './moderator.repository.js';

/** The parts of the platform that have moderators; a service that needs them adds its name here. */
export const MODERATED_SCOPES = ['learning'] as const;

export async function appoint(services: AccountsServices, viewer: Viewer, input: AppointModeratorInput): Promise<AccountWithRoles> {
  const adminId = requireAdmin(viewer, 'appoint moderators');
  const email = validEmail(input.email, 'input.email');
  const scope = validScope(input.scope);
  const account = await findAccountByEmail(services.db, email);
  if (!account) throw badUserInput('No account has this e-mail address; the person signs up first', 'input.email');
  return changeRoles(services, account.id, (trx) => appointModerator(trx, account.id, scope, adminId));
}

export async function dismiss(services: AccountsServices, viewer: Viewer, input: DismissModeratorInput): Promise<AccountWithRoles> {
  requireAdmin(viewer, 'dismiss moderators');
  const scope = validScope(input.scope);
  if (!isUuid(input.accountId)) throw badUserInput('Not an account id', 'input.accountId');
  const account = await findAccountWithRoles(services.db, input.accountId);
  if (!account) throw notFound('Account', input.accountId);
  return changeRoles(services, account.id, (trx) => dismissModerator(trx, account.id, scope));
}

function validScope(scope: string): string {
  if (!(MODERATED_SCOPES as readonly string[]).includes(scope)) {
    throw badUserInput(`Moderators are appointed for ${MODERATED_SCOPES.map((name) => `"${name}"`).join(', ')}`, 'input.scope');
  }
  return scope;
}
