import type { OrganizationType } from '@msp-atlas/msp-vocabulary';
import type { HealthSignals, RegistrySignals, SelfScore } from '@msp-atlas/partnership-health';
import type { DemoPartnership } from '../src/demo-partnership.js';

const DONE = new Set(['ACHIEVED', 'CANCELLED']);
const CORE = new Set(['INITIATOR', 'CORE_GROUP']);

/**
 * The registry's health signals as the partnerships service would load them once this
 * demo partnership is seeded (its loadRegistrySignals counts the same things from the
 * tables), so a pure test can see which statuses the demo data shows.
 */
export function demoRegistrySignals(partnership: DemoPartnership, today: string): RegistrySignals {
  const { details, governance, stakeholders, reports } = partnership;
  const milestones = details.milestones ?? [];
  const indicators = details.indicators ?? [];
  const enteredPhaseOn = partnership.phaseSteps.at(-1)?.changedOn ?? details.startDate!;
  const lastReportedOn =
    reports
      .map((report) => report.reportedOn)
      .sort()
      .at(-1) ?? null;
  const byType: Partial<Record<OrganizationType, number>> = {};
  for (const { organization } of stakeholders) byType[organization.type] = (byType[organization.type] ?? 0) + 1;
  const core = stakeholders.filter((s) => s.roles.some((role) => CORE.has(role)));
  const open = milestones.filter((m) => m.dueOn && !DONE.has(m.status ?? 'PLANNED'));
  return {
    phase: partnership.phase,
    enteredPhaseOn,
    objectives: (details.objectives ?? []).filter((o) => o.trim() !== '').length,
    problemStatement: hasText(details.problemStatement),
    milestones: milestones.length,
    datedMilestones: milestones.filter((m) => m.dueOn).length,
    overdueMilestones: open.filter((m) => m.dueOn! < today).length,
    nextMilestoneDueOn:
      open
        .map((m) => m.dueOn!)
        .filter((due) => due >= today)
        .sort()[0] ?? null,
    indicators: indicators.length,
    indicatorsWithBaselineAndTarget: indicators.filter((i) => i.baseline != null && i.target != null).length,
    indicatorsLinkedToSdg: indicators.filter((i) => i.sdgIndicatorCode).length,
    stakeholders: {
      total: stakeholders.length,
      byType,
      core: core.length,
      coreContributing: core.filter((s) => s.contributions.length > 0).length,
      withCommitment: stakeholders.filter((s) => s.commitment.trim() !== '').length,
      contributing: stakeholders.filter((s) => s.contributions.length > 0).length,
      champions: stakeholders.filter((s) => s.roles.includes('CHAMPION')).length,
      removedLastYear: partnership.departedStakeholders.length,
    },
    secretariat: { hostRecorded: stakeholders.some((s) => s.hostsSecretariat), staff: governance.secretariatStaffCount },
    mouSignedOn: governance.mouSignedOn,
    decisionMaking: governance.decisionMaking,
    communicationChannels: governance.communicationChannels.length,
    funding: fundingOf(partnership),
    moneyFunders: stakeholders.filter((s) => s.contributions.some((c) => c.kind === 'FINANCIAL' && c.amount !== null)).length,
    personDays: stakeholders.flatMap((s) => s.contributions).reduce((sum, c) => sum + (c.personDays ?? 0), 0),
    progressReports: reports.length,
    lastReportedOn,
    progressReportOverdue: partnership.phase === 'IMPLEMENTATION' && laterOf(enteredPhaseOn, lastReportedOn) <= yearBefore(today),
    lastEvaluatedOn: details.lastEvaluatedOn ?? null,
    continuationPlan: hasText(details.continuationPlan),
    sdgTargets: (details.sdgTargets ?? []).length,
    sectors: (details.sectors ?? []).length,
  };
}

/** Signals with the registry part and the planned self-assessments; the other services' parts left unread. */
export function demoHealthSignals(partnership: DemoPartnership, today: string): HealthSignals {
  const selfScores: HealthSignals['selfScores'] = {};
  for (const assessment of [...partnership.selfAssessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))) {
    for (const { factor, score, note } of assessment.scores)
      selfScores[factor] = { score: score as SelfScore['score'], note, assessedOn: assessment.assessedOn };
  }
  return { today, registry: demoRegistrySignals(partnership, today), sdg: null, overlaps: null, learning: null, selfScores };
}

/** Money per funder in the currency with the largest total, as Partnership.fundingConcentration lists it first. */
function fundingOf(partnership: DemoPartnership): RegistrySignals['funding'] {
  const byCurrency = new Map<string, Map<string, number>>();
  for (const { organization, contributions } of partnership.stakeholders) {
    for (const c of contributions) {
      if (c.kind !== 'FINANCIAL' || c.amount === null || !c.currency) continue;
      const funders = byCurrency.get(c.currency) ?? new Map<string, number>();
      funders.set(organization.name, (funders.get(organization.name) ?? 0) + c.amount);
      byCurrency.set(c.currency, funders);
    }
  }
  const totals = [...byCurrency].map(([currency, funders]) => ({ currency, funders, total: [...funders.values()].reduce((a, b) => a + b, 0) }));
  const largest = totals.filter((t) => t.total > 0).sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency))[0];
  if (!largest) return null;
  const shares = [...largest.funders.values()].map((amount) => amount / largest.total);
  return {
    currency: largest.currency,
    total: largest.total,
    funders: shares.filter((share) => share > 0).length,
    largestFunderShare: Math.max(...shares),
    herfindahlIndex: shares.reduce((sum, share) => sum + share * share, 0),
  };
}

const hasText = (value: string | null | undefined) => value != null && value.trim() !== '';
const laterOf = (a: string, b: string | null) => (b !== null && b > a ? b : a);

function yearBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 12);
  return date.toISOString().slice(0, 10);
}
