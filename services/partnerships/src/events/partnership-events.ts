import { appendTypedEvents, type PartnershipSnapshot, type TypedNewEvent } from '@msp-atlas/event-contracts';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Trx } from '../database.js';
import { SOURCE } from './event-source.js';
import type { OrganizationRow } from '../organization/organization.table.js';
import { publishedFields } from '../partnership/published-fields.js';
import { recordDetailsOf } from '../partnership/record-details.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';

export { SOURCE } from './event-source.js';

/**
 * The partnership as a change leaves it, for the payload of its event: other services
 * keep projections (overlap index, SDG coverage) from events alone. Read in the change's
 * transaction after its own rows (stakeholders, contributions) are written; `row` is the
 * partnership's row with the change's columns applied.
 */
export async function readPartnershipSnapshot(trx: Trx, row: PartnershipRow): Promise<PartnershipSnapshot> {
  // One statement however many stakeholders: their contributions come along as JSON.
  const stakeholders = await trx
    .selectFrom('stakeholders')
    .innerJoin('organizations', 'organizations.id', 'stakeholders.organization_id')
    .select((eb) => [
      'stakeholders.organization_id',
      'organizations.type',
      'organizations.country_code',
      'stakeholders.roles',
      'stakeholders.commitment',
      jsonArrayFrom(
        eb
          .selectFrom('contributions')
          .select(['contributions.kind', 'contributions.amount', 'contributions.currency', 'contributions.person_days'])
          .whereRef('contributions.stakeholder_id', '=', 'stakeholders.id')
          .orderBy('contributions.position'),
      ).as('contributions'),
    ])
    .where('stakeholders.partnership_id', '=', row.id)
    .orderBy('stakeholders.joined_at')
    .execute();
  const details = await recordDetailsOf(trx, row);
  return {
    id: row.id,
    ...publishedFields(row),
    objectives: row.objectives,
    isDemo: row.is_demo,
    stakeholders: stakeholders.map((stakeholder) => ({
      organizationId: stakeholder.organization_id,
      organizationType: stakeholder.type,
      country: stakeholder.country_code?.trim() ?? null,
      roles: stakeholder.roles,
      commitment: stakeholder.commitment,
      contributions: stakeholder.contributions.map((contribution) => ({
        kind: contribution.kind,
        amount: contribution.amount === null ? null : Number(contribution.amount),
        currency: contribution.currency?.trim() ?? null,
        personDays: contribution.person_days === null ? null : Number(contribution.person_days),
      })),
    })),
    details,
  };
}

export function organizationRegisteredEvent(row: OrganizationRow): TypedNewEvent<'OrganizationRegistered'> {
  return {
    type: 'OrganizationRegistered',
    aggregateId: row.id,
    aggregateVersion: 1,
    payload: { organization: { id: row.id, name: row.name, type: row.type, country: row.country_code?.trim() ?? null } },
  };
}

export async function recordOrganizationRegistered(trx: Trx, row: OrganizationRow): Promise<void> {
  await appendTypedEvents(trx, SOURCE, [organizationRegisteredEvent(row)]);
}
