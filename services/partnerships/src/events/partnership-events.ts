import { appendEvents, type NewEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { publishedFields } from '../partnership/published-fields.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import type { OrganizationRow } from '../organization/organization.table.js';

export const SOURCE = 'partnerships';

export type PartnershipEventType =
  | 'PartnershipRegistered'
  | 'PartnershipUpdated'
  | 'PartnershipPhaseChanged'
  | 'StakeholderAdded'
  | 'StakeholderUpdated'
  | 'StakeholderRemoved'
  | 'ProgressReportSubmitted';

/**
 * Appends an event carrying the partnership's state after the change, so the other
 * services can keep projections (overlap index, SDG coverage) from events alone.
 */
export async function recordPartnershipEvent(
  trx: Trx,
  type: PartnershipEventType,
  row: PartnershipRow,
  details: Record<string, unknown> = {},
  /** Further events of the same change (organisations it created), appended in the same statement. */
  alongside: readonly NewEvent[] = [],
): Promise<void> {
  const stakeholders = await trx
    .selectFrom('stakeholders')
    .innerJoin('organizations', 'organizations.id', 'stakeholders.organization_id')
    .select(['stakeholders.organization_id', 'organizations.type', 'organizations.country_code', 'stakeholders.roles'])
    .where('stakeholders.partnership_id', '=', row.id)
    .orderBy('stakeholders.joined_at')
    .execute();
  const partnership = {
    id: row.id,
    ...publishedFields(row),
    isDemo: row.is_demo,
    stakeholders: stakeholders.map((stakeholder) => ({
      organizationId: stakeholder.organization_id,
      organizationType: stakeholder.type,
      country: stakeholder.country_code?.trim() ?? null,
      roles: stakeholder.roles,
    })),
  };
  await appendEvents(trx, SOURCE, [
    ...alongside,
    { type, aggregateType: 'Partnership', aggregateId: row.id, aggregateVersion: row.version, payload: { ...details, partnership } },
  ]);
}

export function organizationRegisteredEvent(row: OrganizationRow): NewEvent {
  return {
    type: 'OrganizationRegistered',
    aggregateType: 'Organization',
    aggregateId: row.id,
    aggregateVersion: 1,
    payload: { organization: { id: row.id, name: row.name, type: row.type, country: row.country_code?.trim() ?? null } },
  };
}

export async function recordOrganizationRegistered(trx: Trx, row: OrganizationRow): Promise<void> {
  await appendEvents(trx, SOURCE, [organizationRegisteredEvent(row)]);
}
