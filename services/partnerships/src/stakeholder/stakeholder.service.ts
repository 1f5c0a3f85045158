import { badUserInput, notFound } from '@msp-atlas/federation';
import { isUniqueViolation } from '@msp-atlas/db';
import type { Db, Trx } from '../database.js';
import { isUuid } from '../domain/ids.js';
import type { StakeholderRole } from '../domain/enums.js';
import { recordOrganizationRegistered, recordPartnershipEvent } from '../events/partnership-events.js';
import { findOrganizationsByIds, insertOrganization } from '../organization/organization.repository.js';
import { claimPartnership } from '../partnership/partnership-claim.js';
import { updatePartnershipRow } from '../partnership/partnership.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { optionalText } from '../validation/rules.js';
import type { AddStakeholderInput, RemoveStakeholderInput, StakeholderInput, UpdateStakeholderInput } from './stakeholder.input.js';
import {
  deleteStakeholder,
  findStakeholder,
  insertStakeholder,
  replaceContributions,
  updateStakeholderRow,
} from './stakeholder.repository.js';
import type { StakeholderRow } from './stakeholder.table.js';
import {
  contributionValues,
  newOrganizationValues,
  rolesOf,
  type ContributionValues,
  type NewOrganizationValues,
} from './stakeholder.validation.js';

export interface ValidStakeholder {
  organizationId: string | null;
  newOrganization: NewOrganizationValues | null;
  roles: StakeholderRole[];
  commitment: string;
  contributions: ContributionValues[];
}

/** Checks a stakeholder input before any transaction starts. */
export function validateStakeholder(input: StakeholderInput, field: string): ValidStakeholder {
  const hasId = Boolean(input.organizationId);
  const hasNew = Boolean(input.organization);
  if (hasId === hasNew) {
    throw badUserInput('Give either organizationId or organization, not both', `${field}.organizationId`);
  }
  return {
    organizationId: input.organizationId ?? null,
    newOrganization: input.organization ? newOrganizationValues(input.organization, `${field}.organization`) : null,
    roles: rolesOf(input.roles, `${field}.roles`),
    commitment: optionalText(input.commitment, `${field}.commitment`, 2_000),
    contributions: contributionValues(input.contributions, `${field}.contributions`),
  };
}

/** Adds stakeholders to a partnership inside the caller's transaction. */
export async function addStakeholderRows(
  trx: Trx,
  partnershipId: string,
  stakeholders: readonly ValidStakeholder[],
  fieldOf: (index: number) => string,
  isDemo = false,
): Promise<StakeholderRow[]> {
  const rows: StakeholderRow[] = [];
  for (const [index, stakeholder] of stakeholders.entries()) {
    const at = fieldOf(index);
    const organizationId = await resolveOrganization(trx, stakeholder, at, isDemo);
    const row = await insertStakeholderOnce(trx, partnershipId, organizationId, stakeholder, `${at}.organizationId`);
    await replaceContributions(trx, row.id, stakeholder.contributions);
    rows.push(row);
  }
  return rows;
}

async function insertStakeholderOnce(
  trx: Trx,
  partnershipId: string,
  organizationId: string,
  stakeholder: ValidStakeholder,
  field: string,
): Promise<StakeholderRow> {
  const existing = await trx
    .selectFrom('stakeholders')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (existing) throw badUserInput('This organisation is already a stakeholder of the partnership', field);
  return insertStakeholder(trx, {
    partnership_id: partnershipId,
    organization_id: organizationId,
    roles: stakeholder.roles,
    commitment: stakeholder.commitment,
  });
}

async function resolveOrganization(trx: Trx, stakeholder: ValidStakeholder, field: string, isDemo: boolean): Promise<string> {
  if (stakeholder.newOrganization) {
    const organization = await insertOrganization(trx, { ...stakeholder.newOrganization, is_demo: isDemo });
    await recordOrganizationRegistered(trx, organization);
    return organization.id;
  }
  const id = stakeholder.organizationId!;
  if (!isUuid(id) || (await findOrganizationsByIds(trx, [id])).length === 0) {
    throw badUserInput(`No organisation ${id}`, `${field}.organizationId`);
  }
  return id;
}

export interface StakeholderChange {
  partnership: PartnershipRow;
  stakeholder: StakeholderRow | null;
}

export async function addStakeholder(db: Db, input: AddStakeholderInput): Promise<StakeholderChange> {
  const stakeholder = validateStakeholder(input, 'input');
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await claimPartnership(trx, input.partnershipId, input.expectedVersion);
      const [row] = await addStakeholderRows(trx, current.id, [stakeholder], () => 'input', current.is_demo);
      const partnership = await updatePartnershipRow(trx, current.id, {});
      await recordPartnershipEvent(trx, 'StakeholderAdded', partnership, { stakeholderId: row!.id });
      return { partnership, stakeholder: row! };
    });
  } catch (error) {
    // Two concurrent adds of the same organisation: the unique constraint decides.
    if (isUniqueViolation(error, 'stakeholders_one_per_organization')) {
      throw badUserInput('This organisation is already a stakeholder of the partnership', 'input.organizationId');
    }
    throw error;
  }
}

export async function updateStakeholder(db: Db, input: UpdateStakeholderInput): Promise<StakeholderChange> {
  const changes: { roles?: string[]; commitment?: string } = {};
  if (input.roles != null) changes.roles = rolesOf(input.roles, 'input.roles');
  if (input.commitment !== undefined) changes.commitment = optionalText(input.commitment, 'input.commitment', 2_000);
  const contributions = input.contributions != null ? contributionValues(input.contributions, 'input.contributions') : null;
  return db.transaction().execute(async (trx) => {
    const existing = await requireStakeholder(trx, input.stakeholderId);
    const current = await claimPartnership(trx, existing.partnership_id, input.expectedVersion);
    const row = await updateStakeholderRow(trx, existing.id, changes);
    if (contributions) await replaceContributions(trx, existing.id, contributions);
    const partnership = await updatePartnershipRow(trx, current.id, {});
    await recordPartnershipEvent(trx, 'StakeholderUpdated', partnership, { stakeholderId: row.id });
    return { partnership, stakeholder: row };
  });
}

export async function removeStakeholder(db: Db, input: RemoveStakeholderInput): Promise<StakeholderChange> {
  return db.transaction().execute(async (trx) => {
    const existing = await requireStakeholder(trx, input.stakeholderId);
    const current = await claimPartnership(trx, existing.partnership_id, input.expectedVersion);
    await deleteStakeholder(trx, existing.id);
    const partnership = await updatePartnershipRow(trx, current.id, {});
    await recordPartnershipEvent(trx, 'StakeholderRemoved', partnership, {
      stakeholderId: existing.id,
      organizationId: existing.organization_id,
    });
    return { partnership, stakeholder: existing };
  });
}

async function requireStakeholder(trx: Trx, id: string): Promise<StakeholderRow> {
  const row = isUuid(id) ? await findStakeholder(trx, id) : undefined;
  if (!row) throw notFound('Stakeholder', id);
  return row;
}
