import type { RecordDetailsSnapshot } from '@msp-atlas/event-contracts';
import { sql } from 'kysely';
import type { Trx } from '../database.js';
import { PARTNERSHIP_RECORD } from './partnership-record.js';
import type { PartnershipRow } from './partnership.table.js';
import { fundingConcentration } from './funding-concentration.js';

/** A removal's one change is the stakeholder's field, `stakeholders[<organization id>]`. */
const REMOVED_ORGANIZATION = /^stakeholders\[([0-9a-f-]{36})\]$/;

/**
 * The parts of the published record its events carry besides the snapshot's fields
 * (plan, governance, reporting, phase entry, recent removals, funding shares), read in
 * the change's transaction: five statements per event, however long the record.
 */
export async function recordDetailsOf(trx: Trx, row: PartnershipRow): Promise<RecordDetailsSnapshot> {
  const yearBefore = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  const [milestones, indicators, reports, phaseEntry, removals, money] = await Promise.all([
    trx.selectFrom('milestones').select(['due_on', 'status']).where('partnership_id', '=', row.id).orderBy('position').execute(),
    trx.selectFrom('indicators').select(['baseline', 'target', 'sdg_indicator_code']).where('partnership_id', '=', row.id).orderBy('position').execute(),
    trx
      .selectFrom('progress_reports')
      .select([sql<number>`count(*)::int`.as('count'), sql<string | null>`max(reported_on)::text`.as('last_reported_on')])
      .where('partnership_id', '=', row.id)
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom('phase_changes')
      .select(sql<string>`changed_on::text`.as('changed_on'))
      .where('partnership_id', '=', row.id)
      .where('to_phase', '=', row.phase)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    trx
      .selectFrom('change_records')
      .select([sql<string>`changes -> 0 ->> 'field'`.as('field'), sql<string>`max(occurred_at at time zone 'UTC')::date::text`.as('removed_on')])
      .where('record_type', '=', PARTNERSHIP_RECORD.recordType)
      .where('record_id', '=', row.id)
      .where('action', '=', 'removeStakeholder')
      .where('occurred_at', '>=', sql<Date>`${yearBefore}::date`)
      .groupBy(sql`changes -> 0 ->> 'field'`)
      .execute(),
    trx
      .selectFrom('contributions as c')
      .innerJoin('stakeholders as s', 's.id', 'c.stakeholder_id')
      .select(['s.organization_id', 'c.amount', 'c.currency'])
      .where('s.partnership_id', '=', row.id)
      .where('c.kind', '=', 'FINANCIAL')
      .where('c.amount', 'is not', null)
      .execute(),
  ]);
  return {
    registeredAt: row.created_at.toISOString(),
    enteredPhaseOn: phaseEntry?.changed_on ?? null,
    milestones: milestones.map((milestone) => ({ dueOn: milestone.due_on, status: milestone.status })),
    indicators: indicators.map((indicator) => ({
      hasBaseline: indicator.baseline !== null,
      hasTarget: indicator.target !== null,
      sdgIndicatorCode: indicator.sdg_indicator_code,
    })),
    governance: {
      secretariatHostId: row.secretariat_host_id,
      secretariatStaffCount: row.secretariat_staff_count,
      mouSignedOn: row.mou_signed_on,
      decisionMaking: row.decision_making,
      communicationChannels: row.communication_channels,
    },
    progressReports: { count: reports.count, lastReportedOn: reports.last_reported_on },
    recentRemovals: removals.flatMap(({ field, removed_on }) => {
      const organizationId = REMOVED_ORGANIZATION.exec(field)?.[1];
      return organizationId ? [{ organizationId, removedOn: removed_on }] : [];
    }),
    fundingConcentration: fundingConcentration(
      money.map((contribution) => ({
        organizationId: contribution.organization_id,
        amount: Number(contribution.amount),
        currency: contribution.currency?.trim() ?? '',
      })),
    ).map(({ currency, totalAmount, funderCount, largestFunderShare, herfindahlIndex }) => ({
      currency,
      totalAmount,
      funderCount,
      largestFunderShare,
      herfindahlIndex,
    })),
  };
}
