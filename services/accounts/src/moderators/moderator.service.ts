import { requireAdmin, type Viewer } from '@msp-atlas/access';
import { badUserInput } from '@msp-atlas/federation';
import type { AccountWithRoles } from '../account/account.repository.js';
import { accountToAppoint, accountToDismiss } from '../account/role-holder.js';
import { changeRoles } from '../account/change-roles.js';
import type { AccountsServices } from '../accounts-services.js';
import type { AppointModeratorInput } from './appoint-moderator.input.js';
import type { DismissModeratorInput } from './dismiss-moderator.input.js';
import { appointModerator, dismissModerator } from './moderator.repository.js';

/** The parts of the platform that have moderators; a service that needs them adds its name here. */
export const MODERATED_SCOPES = ['learning'] as const;

export async function appoint(services: AccountsServices, viewer: Viewer, input: AppointModeratorInput): Promise<AccountWithRoles> {
  const adminId = requireAdmin(viewer, 'appoint moderators');
  const scope = validScope(input.scope);
  const account = await accountToAppoint(services.db, input.email);
  return changeRoles(services, account.id, (trx) => appointModerator(trx, account.id, scope, adminId));
}

export async function dismiss(services: AccountsServices, viewer: Viewer, input: DismissModeratorInput): Promise<AccountWithRoles> {
  requireAdmin(viewer, 'dismiss moderators');
  const scope = validScope(input.scope);
  const account = await accountToDismiss(services.db, input.accountId);
  return changeRoles(services, account.id, (trx) => dismissModerator(trx, account.id, scope));
}

function validScope(scope: string): string {
  if (!(MODERATED_SCOPES as readonly string[]).includes(scope)) {
    throw badUserInput(`Moderators are appointed for ${MODERATED_SCOPES.map((name) => `"${name}"`).join(', ')}`, 'input.scope');
  }
  return scope;
}
