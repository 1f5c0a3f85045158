import { isProgressReportOverdue, type OrganizationType, type Phase } from '@msp-atlas/msp-vocabulary';
import type { RegistrySignals } from '@msp-atlas/partnership-health';
import type { RegistryRecord } from './registry-record.js';

const CORE_ROLES = new Set(['INITIATOR', 'CORE_GROUP']);
const DONE = new Set(['ACHIEVED', 'CANCELLED']);

type StakeholderFigures = RegistrySignals['stakeholders'];

/**
 * The registry's figures for the health rules as of `today`, from the record its
 * events carried: the calendar moves some of them (milestones falling overdue, a
 * report falling due, removals ageing out of the year), so they are counted here.
 */
export function registrySignalsOf(record: RegistryRecord, today: string): RegistrySignals {
  const { details } = record;
  const phase = record.phase as Phase;
  const open = details.milestones.filter((milestone) => !DONE.has(milestone.status));
  const upcoming = open
    .map((milestone) => milestone.dueOn)
    .filter((due): due is string => due !== null && due >= today)
    .sort();
  const [largest] = details.fundingConcentration;
  const yearBefore = monthsBefore(today, 12);
  const contributions = record.stakeholders.flatMap((stakeholder) =>
    stakeholder.contributions.map((contribution) => ({ ...contribution, organizationId: stakeholder.organizationId })),
  );
  return {
    phase,
    enteredPhaseOn: details.enteredPhaseOn ?? record.startDate ?? details.registeredAt.slice(0, 10),
    objectives: record.objectives.filter((objective) => objective.trim() !== '').length,
    problemStatement: record.problemStatement,
    milestones: details.milestones.length,
    datedMilestones: details.milestones.filter((milestone) => milestone.dueOn !== null).length,
    overdueMilestones: open.filter((milestone) => milestone.dueOn !== null && milestone.dueOn < today).length,
    nextMilestoneDueOn: upcoming[0] ?? null,
    indicators: details.indicators.length,
    indicatorsWithBaselineAndTarget: details.indicators.filter((indicator) => indicator.hasBaseline && indicator.hasTarget).length,
    indicatorsLinkedToSdg: details.indicators.filter((indicator) => indicator.sdgIndicatorCode !== null).length,
    stakeholders: stakeholderFigures(
      record.stakeholders,
      details.recentRemovals.filter((removal) => removal.removedOn >= yearBefore && removal.removedOn <= today).length,
    ),
    secretariat: { hostRecorded: details.governance.secretariatHostId !== null, staff: details.governance.secretariatStaffCount },
    mouSignedOn: details.governance.mouSignedOn,
    decisionMaking: details.governance.decisionMaking,
    communicationChannels: details.governance.communicationChannels.length,
    funding: largest
      ? {
          currency: largest.currency,
          total: largest.totalAmount,
          funders: largest.funderCount,
          largestFunderShare: largest.largestFunderShare,
          herfindahlIndex: largest.herfindahlIndex,
        }
      : null,
    // Organisations committing money in any currency.
    moneyFunders: new Set(contributions.filter((row) => row.kind === 'FINANCIAL' && Number(row.amount) > 0).map((row) => row.organizationId)).size,
    personDays: contributions.reduce((sum, row) => sum + (row.personDays ?? 0), 0),
    progressReports: details.progressReports.count,
    lastReportedOn: details.progressReports.lastReportedOn,
    // The registry's own judgement (Partnership.progressReportOverdue): from the recorded phase entry only.
    progressReportOverdue: isProgressReportOverdue({
      phase,
      enteredPhaseOn: details.enteredPhaseOn,
      lastReportedOn: details.progressReports.lastReportedOn,
      today,
    }),
    lastEvaluatedOn: record.lastEvaluatedOn,
    continuationPlan: record.continuationPlan,
    sdgTargets: record.sdgTargets,
    sectors: record.sectors,
  };
}

function stakeholderFigures(stakeholders: RegistryRecord['stakeholders'], removedLastYear: number): StakeholderFigures {
  const byType: Partial<Record<OrganizationType, number>> = {};
  const figures: StakeholderFigures = {
    total: stakeholders.length,
    byType,
    core: 0,
    coreContributing: 0,
    withCommitment: 0,
    contributing: 0,
    champions: 0,
    removedLastYear,
  };
  for (const stakeholder of stakeholders) {
    const type = stakeholder.organizationType as OrganizationType;
    byType[type] = (byType[type] ?? 0) + 1;
    const core = stakeholder.roles.some((role) => CORE_ROLES.has(role));
    const contributes = stakeholder.contributions.length > 0;
    if (core) figures.core += 1;
    if (core && contributes) figures.coreContributing += 1;
    if (stakeholder.hasCommitment) figures.withCommitment += 1;
    if (contributes) figures.contributing += 1;
    if (stakeholder.roles.includes('CHAMPION')) figures.champions += 1;
  }
  return figures;
}

function monthsBefore(isoDay: string, months: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
