import { requireAdmin, type Viewer } from '@msp-atlas/access';
import { badUserInput, isUuid, notFound } from '@msp-atlas/federation';
import { isCountryCode } from '@msp-atlas/reference-data';
import { findAccountByEmail, findAccountWithRoles, type AccountWithRoles } from '../account/account.repository.js';
import { changeRoles } from '../account/change-roles.js';
import type { AccountsServices } from '../accounts-services.js';
import { validEmail } from '../sign-in/credentials.validation.js';
import { appointCurator, dismissCurator } from './curator.repository.js';
import type { AppointCuratorInput } from './appoint-curator.input.js';
import type { DismissCuratorInput } from './dismiss-curator.input.js';

export async function appoint(services: AccountsServices, viewer: Viewer, input: AppointCuratorInput): Promise<AccountWithRoles> {
  const adminId = requireAdmin(viewer, 'appoint curators');
  const email = validEmail(input.email, 'input.email');
  const countries = countryList(input.countries);
  const account = await findAccountByEmail(services.db, email);
  if (!account) throw badUserInput('No account has this e-mail address; the person signs up first', 'input.email');
  return changeRoles(services, account.id, (trx) => appointCurator(trx, account.id, countries, adminId));
}

export async function dismiss(services: AccountsServices, viewer: Viewer, input: DismissCuratorInput): Promise<AccountWithRoles> {
  requireAdmin(viewer, 'dismiss curators');
  const countries = countryList(input.countries);
  if (!isUuid(input.accountId)) throw badUserInput('Not an account id', 'input.accountId');
  const account = await findAccountWithRoles(services.db, input.accountId);
  if (!account) throw notFound('Account', input.accountId);
  return changeRoles(services, account.id, (trx) => dismissCurator(trx, account.id, countries));
}

function countryList(codes: readonly string[]): string[] {
  if (codes.length === 0) throw badUserInput('Name at least one country', 'input.countries');
  codes.forEach((code, index) => {
    if (!isCountryCode(code)) throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-3 country code`, `input.countries[${index}]`);
  });
  return [...new Set(codes)];
}
