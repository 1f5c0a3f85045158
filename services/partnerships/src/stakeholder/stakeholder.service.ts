import { requireSignedInActor, type Actor } from '@msp-atlas/access';
import { randomUUID } from 'node:crypto';
import type { TypedNewEvent } from '@msp-atlas/event-contracts';
import { diffFields } from '@msp-atlas/change-history';
import { isUniqueViolation } from '@msp-atlas/db';
import { badUserInput, notFound } from '@msp-atlas/domain-errors';
import { isUuid } from '@msp-atlas/federation';
import { recordEvent, writeChange } from '@msp-atlas/record-writer';
import { optionalText } from '@msp-atlas/validation';
import type { Db, Trx } from '../database.js';
import type { StakeholderRole } from '../domain/enums.js';
import { organizationRegisteredEvent, readPartnershipSnapshot } from '../events/partnership-events.js';
import { stakeholderField, stakeholderState } from '../history/stakeholder-history-state.js';
import { findOrganizationsByIds, insertOrganizations } from '../organization/organization.repository.js';
import { lockEditablePartnership } from '../partnership/lock-editable-partnership.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import type { AddStakeholderInput } from './add-stakeholder.input.js';
import type { RemoveStakeholderInput } from './remove-stakeholder.input.js';
import type { StakeholderInput } from './stakeholder.input.js';
import type { UpdateStakeholderInput } from './update-stakeholder.input.js';
import {
  contributionsOf,
  deleteStakeholder,
  findStakeholder,
  insertContributions,
  insertStakeholders,
  replaceContributions,
  updateStakeholderRow,
} from './stakeholder.repository.js';
import type { StakeholderRow } from './stakeholder.table.js';
import { contributionValues, newOrganizationValues, rolesOf, type ContributionValues, type NewOrganizationValues } from './stakeholder.validation.js';

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

export interface AddedStakeholders {
  rows: StakeholderRow[];
  /** Events for the organisations created on the way, to append with the partnership's event. */
  organizationEvents: TypedNewEvent[];
}

/**
 * Adds stakeholders to a partnership inside the caller's transaction, a fixed
 * number of statements however many there are: ids are drawn here, so rows of
 * one kind go in with one multi-row insert.
 */
export async function addStakeholderRows(
  trx: Trx,
  partnershipId: string,
  stakeholders: readonly ValidStakeholder[],
  fieldOf: (index: number) => string,
  isDemo = false,
): Promise<AddedStakeholders> {
  if (stakeholders.length === 0) return { rows: [], organizationEvents: [] };
  const newOrganizations = stakeholders.map((stakeholder) =>
    stakeholder.newOrganization ? { id: randomUUID(), ...stakeholder.newOrganization, is_demo: isDemo } : null,
  );
  // biome-ignore lint/style/noNonNullAssertion: the input check lets a stakeholder through only with an organization id or a new organization
  const organizationIds = stakeholders.map((stakeholder, index) => newOrganizations[index]?.id ?? stakeholder.organizationId!);
  await requireExistingOrganizations(trx, stakeholders, fieldOf);
  await refuseRepeatedOrganizations(trx, partnershipId, organizationIds, fieldOf);

  const created = await insertOrganizations(
    trx,
    newOrganizations.filter((row) => row !== null),
  );
  const rows = await insertStakeholders(
    trx,
    stakeholders.map((stakeholder, index) => ({
      id: randomUUID(),
      partnership_id: partnershipId,
      // biome-ignore lint/style/noNonNullAssertion: organizationIds has an entry per stakeholder
      organization_id: organizationIds[index]!,
      roles: stakeholder.roles,
      commitment: stakeholder.commitment,
    })),
  );
  await insertContributions(
    trx,
    stakeholders.flatMap((stakeholder, index) =>
      // biome-ignore lint/style/noNonNullAssertion: rows has a row per stakeholder, in order
      stakeholder.contributions.map((contribution) => ({ ...contribution, stakeholder_id: rows[index]!.id })),
    ),
  );
  return { rows, organizationEvents: created.map(organizationRegisteredEvent) };
}

async function requireExistingOrganizations(trx: Trx, stakeholders: readonly ValidStakeholder[], fieldOf: (index: number) => string): Promise<void> {
  const wanted = stakeholders.map((stakeholder) => stakeholder.organizationId);
  const ids = wanted.filter((id): id is string => id !== null && isUuid(id));
  const found = new Set((await findOrganizationsByIds(trx, ids)).map((row) => row.id));
  const missing = wanted.findIndex((id) => id !== null && !found.has(id));
  if (missing >= 0) throw badUserInput(`No organisation ${wanted[missing]}`, `${fieldOf(missing)}.organizationId`);
}

async function refuseRepeatedOrganizations(
  trx: Trx,
  partnershipId: string,
  organizationIds: readonly string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const existing = await trx
    .selectFrom('stakeholders')
    .select('organization_id')
    .where('partnership_id', '=', partnershipId)
    .where('organization_id', 'in', organizationIds)
    .execute();
  const taken = new Set(existing.map((row) => row.organization_id));
  const repeated = organizationIds.findIndex((id, index) => taken.has(id) || organizationIds.indexOf(id) !== index);
  if (repeated >= 0) {
    throw badUserInput('This organisation is already a stakeholder of the partnership', `${fieldOf(repeated)}.organizationId`);
  }
}

export interface StakeholderChange {
  partnership: PartnershipRow;
  stakeholder: StakeholderRow | null;
}

export async function addStakeholder(db: Db, actor: Actor, input: AddStakeholderInput): Promise<StakeholderChange> {
  requireSignedInActor(actor, 'add a stakeholder');
  const stakeholder = validateStakeholder(input, 'input');
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await lockEditablePartnership(trx, actor, input.partnershipId, input.expectedVersion);
      const added = await addStakeholderRows(trx, current.id, [stakeholder], () => 'input', current.is_demo);
      // biome-ignore lint/style/noNonNullAssertion: one stakeholder was added, so there is one row
      const row = added.rows[0]!;
      const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
        actor,
        action: 'addStakeholder',
        current,
        event: recordEvent('StakeholderAdded', { stakeholderId: row.id, partnership: await readPartnershipSnapshot(trx, current) }),
        alongside: added.organizationEvents,
        changes: [{ field: stakeholderField(row.organization_id), old: null, new: stakeholderState(row, stakeholder.contributions) }],
      });
      return { partnership, stakeholder: row };
    });
  } catch (error) {
    // Two concurrent adds of the same organisation: the unique constraint decides.
    if (isUniqueViolation(error, 'stakeholders_one_per_organization')) {
      throw badUserInput('This organisation is already a stakeholder of the partnership', 'input.organizationId');
    }
    throw error;
  }
}

export async function updateStakeholder(db: Db, actor: Actor, input: UpdateStakeholderInput): Promise<StakeholderChange> {
  requireSignedInActor(actor, 'change a stakeholder');
  const changes: { roles?: string[]; commitment?: string } = {};
  if (input.roles != null) changes.roles = rolesOf(input.roles, 'input.roles');
  if (input.commitment !== undefined) changes.commitment = optionalText(input.commitment, 'input.commitment', 2_000);
  const contributions = input.contributions != null ? contributionValues(input.contributions, 'input.contributions') : null;
  return db.transaction().execute(async (trx) => {
    const partnershipId = await partnershipOfStakeholder(trx, input.stakeholderId);
    const current = await lockEditablePartnership(trx, actor, partnershipId, input.expectedVersion);
    const existing = await requireStakeholder(trx, input.stakeholderId);
    const contributionsBefore = await contributionsOf(trx, [existing.id]);
    const row = await updateStakeholderRow(trx, existing.id, changes);
    if (contributions) await replaceContributions(trx, existing.id, contributions);
    const field = stakeholderField(row.organization_id);
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor,
      action: 'updateStakeholder',
      current,
      event: recordEvent('StakeholderUpdated', { stakeholderId: row.id, partnership: await readPartnershipSnapshot(trx, current) }),
      changes: diffFields(
        { [field]: stakeholderState(existing, contributionsBefore) },
        { [field]: stakeholderState(row, contributions ?? contributionsBefore) },
        [field],
      ),
    });
    return { partnership, stakeholder: row };
  });
}

export async function removeStakeholder(db: Db, actor: Actor, input: RemoveStakeholderInput): Promise<StakeholderChange> {
  requireSignedInActor(actor, 'remove a stakeholder');
  return db.transaction().execute(async (trx) => {
    const partnershipId = await partnershipOfStakeholder(trx, input.stakeholderId);
    const current = await lockEditablePartnership(trx, actor, partnershipId, input.expectedVersion);
    const existing = await requireStakeholder(trx, input.stakeholderId);
    const contributionsBefore = await contributionsOf(trx, [existing.id]);
    await deleteStakeholder(trx, existing.id);
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor,
      action: 'removeStakeholder',
      current,
      event: recordEvent('StakeholderRemoved', {
        stakeholderId: existing.id,
        organizationId: existing.organization_id,
        partnership: await readPartnershipSnapshot(trx, current),
      }),
      changes: [{ field: stakeholderField(existing.organization_id), old: stakeholderState(existing, contributionsBefore), new: null }],
    });
    return { partnership, stakeholder: existing };
  });
}

/** The partnership a stakeholder belongs to, found before it is locked; the stakeholder is read again under the lock. */
async function partnershipOfStakeholder(trx: Trx, stakeholderId: string): Promise<string> {
  return (await requireStakeholder(trx, stakeholderId)).partnership_id;
}

async function requireStakeholder(trx: Trx, id: string): Promise<StakeholderRow> {
  const row = isUuid(id) ? await findStakeholder(trx, id) : undefined;
  if (!row) throw notFound('Stakeholder', id);
  return row;
}
