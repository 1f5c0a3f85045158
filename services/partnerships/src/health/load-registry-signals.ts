import { isUuid } from '@msp-atlas/federation';
import type { OrganizationType, Phase } from '@msp-atlas/msp-vocabulary';
import type { RegistrySignals } from '@msp-atlas/partnership-health';
import type { Kysely } from 'kysely';
import type { PartnershipsDatabase } from '../database.js';
import { fundingConcentration } from '../partnership/funding-concentration.js';
import { isProgressReportOverdue } from '../progress-report/report-overdue.js';
import { registryFiguresOf, resourceContributionsOf, stakeholderFiguresOf } from './registry-signals.repository.js';

/** Ids per round of statements: keeps a replay over the whole registry from building one huge array parameter. */
const CHUNK_SIZE = 5_000;

const CORE_ROLES = new Set(['INITIATOR', 'CORE_GROUP']);

type StakeholderFigures = RegistrySignals['stakeholders'];

/**
 * The registry's figures for the health check of many partnerships at once: three
 * statements per 5,000 ids, however many stakeholders, milestones or reports they
 * have. Ids that name no partnership are left out of the map.
 */
export async function loadRegistrySignals(
  db: Kysely<PartnershipsDatabase>,
  partnershipIds: readonly string[],
  today: string,
): Promise<Map<string, RegistrySignals>> {
  const ids = [...new Set(partnershipIds)].filter(isUuid);
  const signals = new Map<string, RegistrySignals>();
  for (let start = 0; start < ids.length; start += CHUNK_SIZE) {
    const chunk = ids.slice(start, start + CHUNK_SIZE);
    for (const [id, signal] of await loadChunk(db, chunk, today)) signals.set(id, signal);
  }
  return signals;
}

async function loadChunk(db: Kysely<PartnershipsDatabase>, ids: readonly string[], today: string) {
  const [records, stakeholders, contributions] = await Promise.all([
    registryFiguresOf(db, ids, today, monthsBefore(today, 12)),
    stakeholderFiguresOf(db, ids),
    resourceContributionsOf(db, ids),
  ]);
  const stakeholdersByPartnership = groupBy(stakeholders, (row) => row.partnership_id);
  const contributionsByPartnership = groupBy(contributions, (row) => row.partnership_id);
  const signals = new Map<string, RegistrySignals>();
  for (const record of records) {
    const resources = contributionsByPartnership.get(record.id) ?? [];
    const phase = record.phase as Phase;
    signals.set(record.id, {
      phase,
      enteredPhaseOn: record.entered_phase_on ?? record.start_date ?? isoDate(record.created_at),
      objectives: record.objectives.filter((objective) => objective.trim() !== '').length,
      problemStatement: hasText(record.problem_statement),
      milestones: record.milestones,
      datedMilestones: record.dated_milestones,
      overdueMilestones: record.overdue_milestones,
      indicators: record.indicators,
      indicatorsWithBaselineAndTarget: record.indicators_with_baseline_and_target,
      indicatorsLinkedToSdg: record.indicators_linked_to_sdg,
      stakeholders: stakeholderFigures(stakeholdersByPartnership.get(record.id) ?? [], record.removed_last_year),
      secretariat: { hostRecorded: record.secretariat_host_id !== null, staff: record.secretariat_staff_count },
      mouSignedOn: record.mou_signed_on,
      decisionMaking: record.decision_making,
      communicationChannels: record.communication_channels.length,
      funding: largestFunding(resources),
      moneyFunders: moneyFunders(resources),
      personDays: resources.reduce((sum, row) => sum + (row.person_days ?? 0), 0),
      progressReports: record.progress_reports,
      lastReportedOn: record.last_reported_on,
      // Same judgement as Partnership.progressReportOverdue: counted from the recorded phase entry only.
      progressReportOverdue: isProgressReportOverdue({
        phase,
        enteredPhaseOn: record.entered_phase_on,
        lastReportedOn: record.last_reported_on,
        today,
      }),
      lastEvaluatedOn: record.last_evaluated_on,
      continuationPlan: hasText(record.continuation_plan),
      sdgTargets: record.sdg_targets.length,
      sectors: record.sectors.length,
    });
  }
  return signals;
}

function stakeholderFigures(
  rows: readonly { type: string; roles: string[]; commitment: string; contributes: boolean }[],
  removedLastYear: number,
): StakeholderFigures {
  const byType: Partial<Record<OrganizationType, number>> = {};
  const figures: StakeholderFigures = {
    total: rows.length,
    byType,
    core: 0,
    coreContributing: 0,
    withCommitment: 0,
    contributing: 0,
    champions: 0,
    removedLastYear,
  };
  for (const row of rows) {
    const type = row.type as OrganizationType;
    byType[type] = (byType[type] ?? 0) + 1;
    const core = row.roles.some((role) => CORE_ROLES.has(role));
    if (core) figures.core += 1;
    if (core && row.contributes) figures.coreContributing += 1;
    if (row.commitment.trim() !== '') figures.withCommitment += 1;
    if (row.contributes) figures.contributing += 1;
    if (row.roles.includes('CHAMPION')) figures.champions += 1;
  }
  return figures;
}

/** The currency with the largest total, as Partnership.fundingConcentration lists it first. */
function largestFunding(
  rows: readonly { organization_id: string; kind: string; amount: number | null; currency: string | null }[],
): RegistrySignals['funding'] {
  const money = rows.filter((row) => row.kind === 'FINANCIAL' && row.amount !== null);
  const [largest] = fundingConcentration(
    money.map((row) => ({ organizationId: row.organization_id, amount: Number(row.amount), currency: row.currency?.trim() ?? '' })),
  );
  if (!largest) return null;
  return {
    currency: largest.currency,
    total: largest.totalAmount,
    funders: largest.funderCount,
    largestFunderShare: largest.largestFunderShare,
    herfindahlIndex: largest.herfindahlIndex,
  };
}

/** Organisations committing money in any currency. */
function moneyFunders(rows: readonly { organization_id: string; kind: string; amount: number | null }[]): number {
  return new Set(rows.filter((row) => row.kind === 'FINANCIAL' && Number(row.amount) > 0).map((row) => row.organization_id)).size;
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const hasText = (value: string | null) => value !== null && value.trim() !== '';

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

function monthsBefore(isoDay: string, months: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
