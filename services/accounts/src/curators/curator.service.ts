import { requireAdmin, type Viewer } from '@msp-atlas/access';
import { badUserInput } from '@msp-atlas/federation';
import { isCountryCode } from '@msp-atlas/reference-data';
import type { AccountWithRoles } from '../account/account.repository.js';
import { accountToAppoint, accountToDismiss } from '../account/role-holder.js';
import { changeRoles } from '../account/change-roles.js';
import type { AccountsServices } from '../accounts-services.js';
import { appointCurator, dismissCurator } from './curator.repository.js';
import type { AppointCuratorInput } from './appoint-curator.input.js';
import type { DismissCuratorInput } from './dismiss-curator.input.js';

export async function appoint(services: AccountsServices, viewer: Viewer, input: AppointCuratorInput): Promise<AccountWithRoles> {
  const adminId = requireAdmin(viewer, 'appoint curators');
  const countries = countryList(input.countries);
  const account = await accountToAppoint(services.db, input.email);
  return changeRoles(services, account.id, (trx) => appointCurator(trx, account.id, countries, adminId));
}

export async function dismiss(services: AccountsServices, viewer: Viewer, input: DismissCuratorInput): Promise<AccountWithRoles> {
  requireAdmin(viewer, 'dismiss curators');
  const countries = countryList(input.countries);
  const account = await accountToDismiss(services.db, input.accountId);
  return changeRoles(services, account.id, (trx) => dismissCurator(trx, account.id, countries));
}

function countryList(codes: readonly string[]): string[] {
  if (codes.length === 0) throw badUserInput('Name at least one country', 'input.countries');
  codes.forEach((code, index) => {
    if (!isCountryCode(code)) throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-3 country code`, `input.countries[${index}]`);
  });
  return [...new Set(codes)];
}
