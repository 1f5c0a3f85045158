import { requireSignedIn, requireSignedInActor, type Actor } from '@msp-atlas/access';
import { diffFields } from '@msp-atlas/change-history';
import { isUniqueViolation } from '@msp-atlas/db';
import { badUserInput } from '@msp-atlas/domain-errors';
import { isUuid } from '@msp-atlas/federation';
import { recordCreation, recordEvent, writeChange } from '@msp-atlas/record-writer';
import { datesInOrder, optionalText } from '@msp-atlas/validation';
import { contactsOf, insertContacts, replaceContacts } from '../contact/contact.repository.js';
import type { Db, Trx } from '../database.js';
import { today } from '../domain/clock.js';
import { readPartnershipSnapshot } from '../events/partnership-events.js';
import { PARTNERSHIP_FIELDS, partnershipState, type PartnershipLists, type PartnershipState } from '../history/partnership-history-state.js';
import { registrationChanges } from '../history/registration-changes.js';
import { insertMember } from '../membership/membership.repository.js';
import { findOrganizationsByIds } from '../organization/organization.repository.js';
import { addStakeholderRows } from '../stakeholder/stakeholder.service.js';
import type { ChangePhaseInput } from './change-phase.input.js';
import { PARTNERSHIP_RECORD } from './partnership-record.js';
import { partnershipUpdateValues } from './partnership-update-values.js';
import type { PartnershipRow } from './partnership.table.js';
import {
  idsOwnedBy,
  indicatorsOf,
  insertIndicators,
  insertMilestones,
  insertPartnership,
  insertPhaseChange,
  milestonesOf,
  replaceIndicators,
  replaceMilestones,
} from './partnership.repository.js';
import type { GovernanceValues } from './partnership.validation.js';
import type { RegisterPartnershipInput } from './register-partnership.input.js';
import { registrationValues, type RegistrationOptions, type RegistrationValues } from './registration-values.js';
import { freeSlugFor } from './slug.js';
import type { UpdatePartnershipInput } from './update-partnership.input.js';
import { lockEditablePartnership } from './lock-editable-partnership.js';

/**
 * Registers a partnership with its first phase entry, details, stakeholders and
 * contact persons, in one transaction; the registering account becomes its first
 * member (the system, registering demo data, leaves it without members).
 */
export async function registerPartnership(db: Db, actor: Actor, input: RegisterPartnershipInput, options: RegistrationOptions = {}): Promise<PartnershipRow> {
  requireSignedInActor(actor, 'register a partnership');
  const values = registrationValues(input, options);
  const registrant = registrantOf(actor);
  try {
    return await db.transaction().execute((trx) => insertRegistration(trx, actor, values, registrant));
  } catch (error) {
    if (isUniqueViolation(error, 'partnerships_slug_key')) {
      if (values.slug) throw badUserInput(`The slug "${values.slug}" is taken`, 'input.slug');
      // Another registration took the same derived slug a moment ago: derive again.
      return registerPartnership(db, actor, input, options);
    }
    throw error;
  }
}

/** Who becomes the first member: the signed-in account; none for the system. */
function registrantOf(actor: Actor): { accountId: string; email: string | null } | null {
  if (actor.kind === 'system') return null;
  return { accountId: requireSignedIn(actor.viewer, 'register a partnership'), email: actor.viewer.email };
}

async function insertRegistration(trx: Trx, actor: Actor, values: RegistrationValues, registrant: ReturnType<typeof registrantOf>): Promise<PartnershipRow> {
  await requireSecretariatHost(trx, values.row, 'input.governance.secretariatHostId');
  const slug = values.slug ?? (await freeSlugFor(trx, values.row.name));
  const row = await insertPartnership(trx, { ...values.row, slug });
  await insertPhaseChange(trx, { partnership_id: row.id, from_phase: null, to_phase: row.phase, changed_on: values.firstPhaseOn, note: 'Registered' });
  await insertMilestones(
    trx,
    row.id,
    values.milestones.map((item, position) => ({ item, position })),
  );
  await insertIndicators(
    trx,
    row.id,
    values.indicators.map((item, position) => ({ item, position })),
  );
  const added = await addStakeholderRows(trx, row.id, values.stakeholders, (index) => `input.stakeholders[${index}]`, row.is_demo);
  await insertContacts(trx, row.id, values.contacts);
  if (registrant) {
    await insertMember(trx, { partnership_id: row.id, account_id: registrant.accountId, email: registrant.email, invited_by: null });
  }
  await recordCreation(trx, PARTNERSHIP_RECORD, {
    actor,
    action: 'registerPartnership',
    record: row,
    event: recordEvent('PartnershipRegistered', {
      registrantAccountId: registrant?.accountId ?? null,
      partnership: await readPartnershipSnapshot(trx, row),
    }),
    alongside: added.organizationEvents,
    changes: registrationChanges(row, {
      lists: { milestones: values.milestones, indicators: values.indicators, contacts: values.contacts },
      // biome-ignore lint/style/noNonNullAssertion: added.rows are the rows of values.stakeholders, in order
      stakeholders: added.rows.map((stakeholder, index) => ({ row: stakeholder, contributions: values.stakeholders[index]!.contributions })),
      firstMemberId: registrant?.accountId ?? null,
    }),
  });
  return row;
}

/** Changes the fields given, from the version the client saw. */
export async function updatePartnership(db: Db, actor: Actor, input: UpdatePartnershipInput): Promise<PartnershipRow> {
  requireSignedInActor(actor, 'change the partnership');
  const update = partnershipUpdateValues(input);
  const { milestones, indicators, contacts } = update.lists;
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await lockEditablePartnership(trx, actor, input.id, input.expectedVersion);
      const before = await stateBefore(trx, current, update.lists);
      const startDate = 'start_date' in update.row ? (update.row.start_date ?? null) : current.start_date;
      const endDate = 'end_date' in update.row ? (update.row.end_date ?? null) : current.end_date;
      datesInOrder(startDate, endDate, 'end_date' in update.row ? 'input.endDate' : 'input.startDate');
      if (update.governance) await requireSecretariatHost(trx, update.governance, 'input.governance.secretariatHostId');
      if (milestones) {
        await requireOwnIds(trx, 'milestones', current.id, milestones, 'input.milestones');
        await replaceMilestones(trx, current.id, milestones);
      }
      if (indicators) {
        await requireOwnIds(trx, 'indicators', current.id, indicators, 'input.indicators');
        await replaceIndicatorsKeepingReported(trx, current.id, indicators);
      }
      if (contacts) await replaceContacts(trx, current.id, contacts);
      const after: PartnershipRow = { ...current, ...update.row };
      return writeChange(trx, PARTNERSHIP_RECORD, {
        actor,
        action: 'updatePartnership',
        current,
        set: update.row,
        event: recordEvent('PartnershipUpdated', { changedFields: update.changedFields, partnership: await readPartnershipSnapshot(trx, after) }),
        changes: diffFields(before, partnershipState(after, update.lists), PARTNERSHIP_FIELDS),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'partnerships_slug_key')) {
      throw badUserInput(`The slug "${String(update.row.slug)}" is taken`, 'input.slug');
    }
    throw error;
  }
}

/** Moves a partnership to another phase (back or forward) and records it in the history. */
export async function changePhase(db: Db, actor: Actor, input: ChangePhaseInput): Promise<PartnershipRow> {
  requireSignedInActor(actor, 'change the phase');
  const changedOn = input.changedOn ?? today();
  if (changedOn > today()) throw badUserInput('A phase change cannot lie in the future', 'input.changedOn');
  const note = optionalText(input.note, 'input.note', 2_000);
  return db.transaction().execute(async (trx) => {
    const current = await lockEditablePartnership(trx, actor, input.partnershipId, input.expectedVersion);
    if (current.phase === input.phase) throw badUserInput(`The partnership is already in ${input.phase}`, 'input.phase');
    await insertPhaseChange(trx, { partnership_id: current.id, from_phase: current.phase, to_phase: input.phase, changed_on: changedOn, note });
    const after: PartnershipRow = { ...current, phase: input.phase };
    return writeChange(trx, PARTNERSHIP_RECORD, {
      actor,
      action: 'changePhase',
      current,
      set: { phase: input.phase },
      event: recordEvent('PartnershipPhaseChanged', {
        fromPhase: current.phase,
        toPhase: input.phase,
        changedOn,
        partnership: await readPartnershipSnapshot(trx, after),
      }),
      changes: [{ field: 'phase', old: current.phase, new: input.phase }],
    });
  });
}

/** The partnership before an update: its row, and the lists the update replaces (read before they are). */
async function stateBefore(trx: Trx, current: PartnershipRow, replaced: PartnershipLists): Promise<PartnershipState> {
  const ids = [current.id];
  return partnershipState(current, {
    milestones: replaced.milestones ? await milestonesOf(trx, ids) : null,
    indicators: replaced.indicators ? await indicatorsOf(trx, ids) : null,
    contacts: replaced.contacts ? await contactsOf(trx, ids) : null,
  });
}

async function requireOwnIds(
  trx: Trx,
  table: 'milestones' | 'indicators',
  partnershipId: string,
  items: readonly { id: string | null }[],
  field: string,
): Promise<void> {
  const own = await idsOwnedBy(trx, table, partnershipId);
  const index = items.findIndex((item) => item.id !== null && !own.has(item.id));
  if (index >= 0) throw badUserInput(`Not one of this partnership's ${table}`, `${field}[${index}].id`);
}

async function replaceIndicatorsKeepingReported(trx: Trx, partnershipId: string, indicators: Parameters<typeof replaceIndicators>[2]): Promise<void> {
  const kept = new Set(indicators.flatMap((indicator) => (indicator.id ? [indicator.id] : [])));
  const reported = await trx
    .selectFrom('indicator_values')
    .innerJoin('indicators', 'indicators.id', 'indicator_values.indicator_id')
    .select('indicators.name')
    .where('indicators.partnership_id', '=', partnershipId)
    .where('indicators.id', 'not in', kept.size > 0 ? [...kept] : ['00000000-0000-0000-0000-000000000000'])
    .executeTakeFirst();
  if (reported) {
    throw badUserInput(`Indicator "${reported.name}" has reported values and cannot be removed`, 'input.indicators');
  }
  await replaceIndicators(trx, partnershipId, indicators);
}

async function requireSecretariatHost(trx: Trx, governance: GovernanceValues, field: string): Promise<void> {
  const hostId = governance.secretariat_host_id;
  if (!hostId) return;
  if (!isUuid(hostId) || (await findOrganizationsByIds(trx, [hostId])).length === 0) {
    throw badUserInput(`No organisation ${hostId}`, field);
  }
}
