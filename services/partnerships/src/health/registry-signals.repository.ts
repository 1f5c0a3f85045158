import { sql, type Kysely } from 'kysely';
import type { PartnershipsDatabase } from '../database.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';

type Reader = Kysely<PartnershipsDatabase>;

const anyOf = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/**
 * One row per partnership: its record's columns and, from lateral aggregates, the
 * figures of its phase history, milestones, indicators, progress reports and removed
 * stakeholders. One statement however many partnerships.
 */
export async function registryFiguresOf(db: Reader, partnershipIds: readonly string[], today: string, yearBefore: string) {
  return db
    .selectFrom('partnerships as p')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('milestones as m')
          .select([
            sql<number>`count(*)::int`.as('milestones'),
            sql<number>`(count(*) filter (where m.due_on is not null))::int`.as('dated_milestones'),
            sql<number>`(count(*) filter (where m.due_on < ${today}::date and m.status not in ('ACHIEVED', 'CANCELLED')))::int`.as(
              'overdue_milestones',
            ),
            // The next one to fall due: the day after, it turns overdue unless done (the evaluation's reviewOn).
            sql<string | null>`min(m.due_on) filter (where m.due_on >= ${today}::date and m.status not in ('ACHIEVED', 'CANCELLED'))`.as(
              'next_milestone_due_on',
            ),
          ])
          .whereRef('m.partnership_id', '=', 'p.id')
          .as('ms'),
      (join) => join.onTrue(),
    )
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('indicators as i')
          .select([
            sql<number>`count(*)::int`.as('indicators'),
            sql<number>`(count(*) filter (where i.baseline is not null and i.target is not null))::int`.as('indicators_with_baseline_and_target'),
            sql<number>`(count(*) filter (where i.sdg_indicator_code is not null))::int`.as('indicators_linked_to_sdg'),
          ])
          .whereRef('i.partnership_id', '=', 'p.id')
          .as('ind'),
      (join) => join.onTrue(),
    )
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('progress_reports as r')
          .select([sql<number>`count(*)::int`.as('progress_reports'), sql<string | null>`max(r.reported_on)`.as('last_reported_on')])
          .whereRef('r.partnership_id', '=', 'p.id')
          .as('rep'),
      (join) => join.onTrue(),
    )
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('change_records as h')
          // A removal's one change is the stakeholder's field, named by its organisation.
          .select(sql<number>`count(distinct h.changes -> 0 ->> 'field')::int`.as('removed_last_year'))
          .where('h.record_type', '=', PARTNERSHIP_RECORD.recordType)
          .whereRef('h.record_id', '=', 'p.id')
          .where('h.action', '=', 'removeStakeholder')
          .where('h.occurred_at', '>=', sql<Date>`${yearBefore}::date`)
          .where('h.occurred_at', '<', sql<Date>`${today}::date + 1`)
          .as('rem'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'p.id',
      'p.phase',
      'p.start_date',
      'p.created_at',
      'p.objectives',
      'p.problem_statement',
      'p.continuation_plan',
      'p.last_evaluated_on',
      'p.secretariat_host_id',
      'p.secretariat_staff_count',
      'p.mou_signed_on',
      'p.decision_making',
      'p.communication_channels',
      'p.sdg_targets',
      'p.sectors',
      'ms.milestones',
      'ms.dated_milestones',
      'ms.overdue_milestones',
      'ms.next_milestone_due_on',
      'ind.indicators',
      'ind.indicators_with_baseline_and_target',
      'ind.indicators_linked_to_sdg',
      'rep.progress_reports',
      'rep.last_reported_on',
      'rem.removed_last_year',
      eb
        .selectFrom('phase_changes as c')
        .select('c.changed_on')
        .whereRef('c.partnership_id', '=', 'p.id')
        .whereRef('c.to_phase', '=', 'p.phase')
        .orderBy('c.recorded_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(1)
        .as('entered_phase_on'),
    ])
    .where('p.id', '=', anyOf(partnershipIds))
    .execute();
}

/** Every stakeholder of the partnerships, with its organisation's type and whether it contributes anything. */
export async function stakeholderFiguresOf(db: Reader, partnershipIds: readonly string[]) {
  return db
    .selectFrom('stakeholders as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .select((eb) => [
      's.partnership_id',
      'o.type',
      's.roles',
      's.commitment',
      eb
        .exists(eb.selectFrom('contributions as c').select(sql`1`.as('one')).whereRef('c.stakeholder_id', '=', 's.id'))
        .$castTo<boolean>()
        .as('contributes'),
    ])
    .where('s.partnership_id', '=', anyOf(partnershipIds))
    .execute();
}

/** Money and staff time committed to the partnerships, per contribution with its funder. */
export async function resourceContributionsOf(db: Reader, partnershipIds: readonly string[]) {
  return db
    .selectFrom('contributions as c')
    .innerJoin('stakeholders as s', 's.id', 'c.stakeholder_id')
    .select(['s.partnership_id', 's.organization_id', 'c.kind', 'c.amount', 'c.currency', 'c.person_days'])
    .where('s.partnership_id', '=', anyOf(partnershipIds))
    .where((eb) => eb.or([eb.and([eb('c.kind', '=', 'FINANCIAL'), eb('c.amount', 'is not', null)]), eb('c.person_days', 'is not', null)]))
    .execute();
}
