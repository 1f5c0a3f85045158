import { requireSignedInActor, type Actor } from '@msp-atlas/access';
import type { Db } from '../database.js';
import { recordOrganizationRegistered } from '../events/partnership-events.js';
import { newOrganizationValues } from '../stakeholder/stakeholder.validation.js';
import type { NewOrganizationInput } from './new-organization.input.js';
import { insertOrganization } from './organization.repository.js';
import type { OrganizationRow } from './organization.table.js';

export async function registerOrganization(db: Db, actor: Actor, input: NewOrganizationInput, isDemo = false): Promise<OrganizationRow> {
  requireSignedInActor(actor, 'register an organisation');
  const values = newOrganizationValues(input, 'input');
  return db.transaction().execute(async (trx) => {
    const row = await insertOrganization(trx, { ...values, is_demo: isDemo });
    await recordOrganizationRegistered(trx, row);
    return row;
  });
}
