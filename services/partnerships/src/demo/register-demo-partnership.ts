import { SYSTEM_ACTOR } from '@msp-atlas/access';
import { registrationInputOf, type DemoOrganization, type DemoPartnership } from '@msp-atlas/demo-data';
import type { Db } from '../database.js';
import { Phase } from '../domain/enums.js';
import { changePhase, registerPartnership } from '../partnership/partnership.service.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { submitProgressReport } from '../progress-report/progress-report.service.js';
import { removeStakeholder } from '../stakeholder/stakeholder.service.js';

/**
 * Puts one demo partnership through the service the way its partners would have:
 * registered in INITIATION on its start date (with the partners who left since),
 * moved through its phase history, its progress reports submitted, the partners who
 * left removed (its self-assessments are the health service's, made when it sees the
 * registration). Everything is marked as demo data, and
 * made by the system actor: no account, so no members and a change history without actor.
 */
export async function registerDemoPartnership(
  db: Db,
  partnership: DemoPartnership,
  organizationIdOf: (organization: DemoOrganization) => string,
): Promise<PartnershipRow> {
  const input = registrationInputOf(partnership, { phase: Phase.INITIATION, organizationIdOf, withDeparted: true });
  let row = await registerPartnership(db, SYSTEM_ACTOR, input, { isDemo: true });
  for (const step of partnership.phaseSteps) {
    row = await changePhase(db, SYSTEM_ACTOR, {
      partnershipId: row.id,
      expectedVersion: row.version,
      phase: step.phase,
      changedOn: step.changedOn,
      note: step.note,
    });
  }
  row = await submitReports(db, row, partnership);
  row = await removeDeparted(db, row, partnership, organizationIdOf);
  return row;
}

async function submitReports(db: Db, partnershipRow: PartnershipRow, partnership: DemoPartnership): Promise<PartnershipRow> {
  let row = partnershipRow;
  if (partnership.reports.length === 0) return row;
  const indicators = await db.selectFrom('indicators').select(['id']).where('partnership_id', '=', row.id).orderBy('position').execute();
  for (const report of partnership.reports) {
    const submitted = await submitProgressReport(db, SYSTEM_ACTOR, {
      partnershipId: row.id,
      expectedVersion: row.version,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      reportedOn: report.reportedOn,
      summary: report.summary,
      indicatorValues: report.values.flatMap((value, position) => {
        const indicator = indicators[position];
        return value === null || !indicator ? [] : [{ indicatorId: indicator.id, value }];
      }),
    });
    row = submitted.partnership;
  }
  return row;
}

/** Removes the partners who left: their removal is dated today, so they count as partner turnover of the past year. */
async function removeDeparted(
  db: Db,
  partnershipRow: PartnershipRow,
  partnership: DemoPartnership,
  organizationIdOf: (organization: DemoOrganization) => string,
): Promise<PartnershipRow> {
  let row = partnershipRow;
  if (partnership.departedStakeholders.length === 0) return row;
  const departedIds = partnership.departedStakeholders.map((stakeholder) => organizationIdOf(stakeholder.organization));
  const stakeholders = await db
    .selectFrom('stakeholders')
    .select(['id'])
    .where('partnership_id', '=', row.id)
    .where('organization_id', 'in', departedIds)
    .execute();
  for (const stakeholder of stakeholders) {
    row = (await removeStakeholder(db, SYSTEM_ACTOR, { stakeholderId: stakeholder.id, expectedVersion: row.version })).partnership;
  }
  return row;
}
