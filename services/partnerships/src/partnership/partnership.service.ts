import { requireSignedIn, actorAccountId, type Actor } from '@msp-atlas/access';
import { diffFields } from '@msp-atlas/change-history';
import { badUserInput, isUuid } from '@msp-atlas/federation';
import { isUniqueViolation } from '@msp-atlas/db';
import { contactsOf, insertContacts, replaceContacts } from '../contact/contact.repository.js';
import { contactValues } from '../contact/contact.validation.js';
import type { Db, Trx } from '../database.js';
import { today } from '../domain/clock.js';
import { PartnershipStatus, Phase } from '../domain/enums.js';
import { recordPartnershipEvent } from '../events/partnership-events.js';
import { PARTNERSHIP_FIELDS, partnershipState, type PartnershipState } from '../history/partnership-history-state.js';
import { recordPartnershipChange } from '../history/record-partnership-change.js';
import { registrationChanges } from '../history/registration-changes.js';
import { insertMember } from '../membership/membership.repository.js';
import { findOrganizationsByIds } from '../organization/organization.repository.js';
import { addStakeholderRows, validateStakeholder } from '../stakeholder/stakeholder.service.js';
import { datesInOrder, optionalText, optionalWebsite, requiredText, textList } from '../validation/rules.js';
import type { ChangePhaseInput } from './change-phase.input.js';
import { claimPartnership } from './partnership-claim.js';
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
  updatePartnershipRow,
} from './partnership.repository.js';
import {
  countryCodes,
  governanceValues,
  indicatorValues,
  milestoneValues,
  regionCodes,
  sdgGoalsOf,
  sdgTargetCodes,
  sectorCodes,
  type GovernanceValues,
} from './partnership.validation.js';
import type { RegisterPartnershipInput } from './register-partnership.input.js';
import { freeSlugFor, validSlug } from './slug.js';
import type { UpdatePartnershipInput } from './update-partnership.input.js';

export interface RegistrationOptions {
  /** Marks records of the demo data set. */
  isDemo?: boolean;
}

/**
 * Registers a partnership with its first phase entry, details, stakeholders and
 * contact persons, in one transaction; the registering account becomes its first
 * member (the system, registering demo data, leaves it without members).
 */
export async function registerPartnership(
  db: Db,
  actor: Actor,
  input: RegisterPartnershipInput,
  options: RegistrationOptions = {},
): Promise<PartnershipRow> {
  const registrant =
    actor.kind === 'viewer' ? { accountId: requireSignedIn(actor.viewer, 'register a partnership'), email: actor.viewer.email } : null;
  const name = requiredText(input.name, 'input.name');
  const explicitSlug = input.slug ? validSlug(input.slug, 'input.slug') : null;
  datesInOrder(input.startDate, input.endDate, 'input.endDate');
  const sdgTargets = sdgTargetCodes(input.sdgTargets, 'input.sdgTargets');
  const phase = input.phase ?? Phase.INITIATION;
  const values = {
    name,
    summary: optionalText(input.summary, 'input.summary', 1_000),
    description: optionalText(input.description, 'input.description', 20_000),
    website: optionalWebsite(input.website, 'input.website'),
    phase,
    status: input.status ?? PartnershipStatus.ACTIVE,
    scope: input.scope,
    countries: countryCodes(input.countries, 'input.countries'),
    regions: regionCodes(input.regions, 'input.regions'),
    sectors: sectorCodes(input.sectors, 'input.sectors'),
    sdg_targets: sdgTargets,
    sdg_goals: sdgGoalsOf(sdgTargets),
    start_date: input.startDate ?? null,
    end_date: input.endDate ?? null,
    objectives: textList(input.objectives, 'input.objectives'),
    ...governanceValues(input.governance, 'input.governance'),
    is_demo: options.isDemo ?? false,
  };
  const milestones = milestoneValues(input.milestones, 'input.milestones');
  const indicators = indicatorValues(input.indicators, 'input.indicators');
  refuseIds(milestones, 'input.milestones');
  refuseIds(indicators, 'input.indicators');
  const stakeholders = (input.stakeholders ?? []).map((stakeholder, index) =>
    validateStakeholder(stakeholder, `input.stakeholders[${index}]`),
  );
  const contacts = contactValues(input.contacts, 'input.contacts');

  try {
    return await db.transaction().execute(async (trx) => {
      await requireSecretariatHost(trx, values, 'input.governance.secretariatHostId');
      const slug = explicitSlug ?? (await freeSlugFor(trx, name));
      const row = await insertPartnership(trx, { ...values, slug });
      await insertPhaseChange(trx, {
        partnership_id: row.id,
        from_phase: null,
        to_phase: phase,
        changed_on: input.startDate && input.startDate <= today() ? input.startDate : today(),
        note: 'Registered',
      });
      await insertMilestones(trx, row.id, milestones.map((item, position) => ({ item, position })));
      await insertIndicators(trx, row.id, indicators.map((item, position) => ({ item, position })));
      const added = await addStakeholderRows(trx, row.id, stakeholders, (index) => `input.stakeholders[${index}]`, options.isDemo ?? false);
      await insertContacts(trx, row.id, contacts);
      if (registrant) {
        await insertMember(trx, { partnership_id: row.id, account_id: registrant.accountId, email: registrant.email, invited_by: null });
      }
      await recordPartnershipEvent(trx, 'PartnershipRegistered', row, {}, added.organizationEvents);
      const changes = registrationChanges(row, {
        lists: { milestones, indicators, contacts },
        stakeholders: added.rows.map((stakeholder, index) => ({ row: stakeholder, contributions: stakeholders[index]!.contributions })),
        firstMemberId: registrant?.accountId ?? null,
      });
      await recordPartnershipChange(trx, actorAccountId(actor), row, 'registerPartnership', changes);
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'partnerships_slug_key')) {
      if (explicitSlug) throw badUserInput(`The slug "${explicitSlug}" is taken`, 'input.slug');
      // Another registration took the same derived slug a moment ago: derive again.
      return registerPartnership(db, actor, input, options);
    }
    throw error;
  }
}

/** Changes the fields given, from the version the client saw. */
export async function updatePartnership(db: Db, actor: Actor, input: UpdatePartnershipInput): Promise<PartnershipRow> {
  const changes: Record<string, unknown> = {};
  if (input.name != null) changes.name = requiredText(input.name, 'input.name');
  if (input.slug != null) changes.slug = validSlug(input.slug, 'input.slug');
  if (input.summary !== undefined) changes.summary = optionalText(input.summary, 'input.summary', 1_000);
  if (input.description !== undefined) changes.description = optionalText(input.description, 'input.description', 20_000);
  if (input.website !== undefined) changes.website = optionalWebsite(input.website, 'input.website');
  if (input.status != null) changes.status = input.status;
  if (input.scope != null) changes.scope = input.scope;
  if (input.countries != null) changes.countries = countryCodes(input.countries, 'input.countries');
  if (input.regions != null) changes.regions = regionCodes(input.regions, 'input.regions');
  if (input.sectors != null) changes.sectors = sectorCodes(input.sectors, 'input.sectors');
  if (input.sdgTargets != null) {
    changes.sdg_targets = sdgTargetCodes(input.sdgTargets, 'input.sdgTargets');
    changes.sdg_goals = sdgGoalsOf(changes.sdg_targets as string[]);
  }
  if (input.startDate !== undefined) changes.start_date = input.startDate;
  if (input.endDate !== undefined) changes.end_date = input.endDate;
  if (input.objectives != null) changes.objectives = textList(input.objectives, 'input.objectives');
  if (input.governance !== undefined) Object.assign(changes, governanceValues(input.governance, 'input.governance'));
  const milestones = input.milestones != null ? milestoneValues(input.milestones, 'input.milestones') : null;
  const indicators = input.indicators != null ? indicatorValues(input.indicators, 'input.indicators') : null;
  const contacts = input.contacts != null ? contactValues(input.contacts, 'input.contacts') : null;

  try {
    return await db.transaction().execute(async (trx) => {
      const current = await claimPartnership(trx, actor, input.id, input.expectedVersion);
      const before = await stateBefore(trx, current, { milestones, indicators, contacts });
      const startDate = 'start_date' in changes ? (changes.start_date as string | null) : current.start_date;
      const endDate = 'end_date' in changes ? (changes.end_date as string | null) : current.end_date;
      datesInOrder(startDate, endDate, 'end_date' in changes ? 'input.endDate' : 'input.startDate');
      if (input.governance !== undefined) {
        await requireSecretariatHost(trx, changes as unknown as GovernanceValues, 'input.governance.secretariatHostId');
      }
      if (milestones) {
        await requireOwnIds(trx, 'milestones', current.id, milestones, 'input.milestones');
        await replaceMilestones(trx, current.id, milestones);
      }
      if (indicators) {
        await requireOwnIds(trx, 'indicators', current.id, indicators, 'input.indicators');
        await replaceIndicatorsKeepingReported(trx, current.id, indicators);
      }
      if (contacts) await replaceContacts(trx, current.id, contacts);
      const row = await updatePartnershipRow(trx, current.id, changes);
      const changedFields = Object.keys(input).filter(
        (key) => key !== 'id' && key !== 'expectedVersion' && (input as unknown as Record<string, unknown>)[key] !== undefined,
      );
      await recordPartnershipEvent(trx, 'PartnershipUpdated', row, { changedFields });
      const after = partnershipState(row, { milestones, indicators, contacts });
      await recordPartnershipChange(trx, actorAccountId(actor), row, 'updatePartnership', diffFields(before, after, PARTNERSHIP_FIELDS));
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'partnerships_slug_key')) {
      throw badUserInput(`The slug "${String(changes.slug)}" is taken`, 'input.slug');
    }
    throw error;
  }
}

/** Moves a partnership to another phase (back or forward) and records it in the history. */
export async function changePhase(db: Db, actor: Actor, input: ChangePhaseInput): Promise<PartnershipRow> {
  const changedOn = input.changedOn ?? today();
  if (changedOn > today()) throw badUserInput('A phase change cannot lie in the future', 'input.changedOn');
  const note = optionalText(input.note, 'input.note', 2_000);
  return db.transaction().execute(async (trx) => {
    const current = await claimPartnership(trx, actor, input.partnershipId, input.expectedVersion);
    if (current.phase === input.phase) {
      throw badUserInput(`The partnership is already in ${input.phase}`, 'input.phase');
    }
    const row = await updatePartnershipRow(trx, current.id, { phase: input.phase });
    await insertPhaseChange(trx, {
      partnership_id: current.id,
      from_phase: current.phase,
      to_phase: input.phase,
      changed_on: changedOn,
      note,
    });
    await recordPartnershipEvent(trx, 'PartnershipPhaseChanged', row, { fromPhase: current.phase, toPhase: input.phase, changedOn });
    await recordPartnershipChange(trx, actorAccountId(actor), row, 'changePhase', [{ field: 'phase', old: current.phase, new: input.phase }]);
    return row;
  });
}

/** The partnership before an update: its row, and the lists the update replaces (read before they are). */
async function stateBefore(
  trx: Trx,
  current: PartnershipRow,
  replaced: { milestones: unknown; indicators: unknown; contacts: unknown },
): Promise<PartnershipState> {
  const ids = [current.id];
  return partnershipState(current, {
    milestones: replaced.milestones ? await milestonesOf(trx, ids) : null,
    indicators: replaced.indicators ? await indicatorsOf(trx, ids) : null,
    contacts: replaced.contacts ? await contactsOf(trx, ids) : null,
  });
}

function refuseIds(items: readonly { id: string | null }[], field: string): void {
  const index = items.findIndex((item) => item.id !== null);
  if (index >= 0) throw badUserInput('A new partnership has no existing items to refer to', `${field}[${index}].id`);
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

async function replaceIndicatorsKeepingReported(
  trx: Trx,
  partnershipId: string,
  indicators: Parameters<typeof replaceIndicators>[2],
): Promise<void> {
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
