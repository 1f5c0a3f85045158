import type { HealthSignals, RegistrySignals } from '../src/index.js';

/** The day every test evaluates on, unless it says otherwise. */
export const TODAY = '2026-06-15';

type RegistryOverrides = Partial<Omit<RegistrySignals, 'stakeholders' | 'secretariat'>> & {
  stakeholders?: Partial<RegistrySignals['stakeholders']>;
  secretariat?: Partial<RegistrySignals['secretariat']>;
};

export interface SignalOverrides extends Partial<Omit<HealthSignals, 'registry'>> {
  registry?: RegistryOverrides;
}

/**
 * A partnership in implementation that is STRONG on every factor (it also has what the
 * last phase asks: an evaluation and a continuation plan), changed by `overrides`
 * (registry, its stakeholders and secretariat merge one level deep; the rest replaces).
 */
export function healthySignals(overrides: SignalOverrides = {}): HealthSignals {
  const { registry = {}, ...rest } = overrides;
  const { stakeholders = {}, secretariat = {}, ...registryRest } = registry;
  return {
    today: TODAY,
    sdg: { partnershipVersion: 4, declaredTargets: 2, evidencedDeclaredTargets: 2, suggestedUndeclaredTargets: 0 },
    overlaps: { overlaps: 0, duplicates: 0, strongestScore: null },
    learning: { publishedLessons: 3, lastPublishedOn: '2026-01-10' },
    selfScores: {
      TRUST: { score: 5, note: 'We speak openly.', assessedOn: '2026-03-01' },
      SHARED_LANGUAGE: { score: 4, note: 'We agreed a glossary.', assessedOn: '2026-03-01' },
    },
    ...rest,
    registry: {
      phase: 'IMPLEMENTATION',
      enteredPhaseOn: '2025-09-01',
      objectives: 3,
      problemStatement: true,
      milestones: 4,
      datedMilestones: 4,
      overdueMilestones: 0,
      nextMilestoneDueOn: '2026-09-30',
      indicators: 3,
      indicatorsWithBaselineAndTarget: 3,
      indicatorsLinkedToSdg: 2,
      secretariat: { hostRecorded: true, staff: 3, ...secretariat },
      mouSignedOn: '2025-05-20',
      decisionMaking: 'CONSENSUS',
      communicationChannels: 4,
      funding: { currency: 'USD', total: 900_000, funders: 4, largestFunderShare: 0.35, herfindahlIndex: 0.28 },
      personDays: 400,
      progressReports: 2,
      lastReportedOn: '2026-03-01',
      progressReportOverdue: false,
      lastEvaluatedOn: '2025-11-01',
      continuationPlan: true,
      sdgTargets: 2,
      sectors: 2,
      ...registryRest,
      stakeholders: {
        total: 6,
        byType: { GOVERNMENT: 1, CIVIL_SOCIETY: 2, COMMUNITY: 1, PRIVATE_SECTOR: 1, ACADEMIA: 1 },
        core: 3,
        coreContributing: 3,
        withCommitment: 6,
        contributing: 5,
        champions: 2,
        removedLastYear: 0,
        ...stakeholders,
      },
    },
  };
}

/** The same data in another phase. */
export function inPhase(phase: RegistrySignals['phase'], overrides: SignalOverrides = {}): HealthSignals {
  return healthySignals({ ...overrides, registry: { ...overrides.registry, phase } });
}
