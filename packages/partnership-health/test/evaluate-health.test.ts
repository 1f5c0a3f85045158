import { SUCCESS_FACTOR_AREAS, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { describe, expect, it } from 'vitest';
import { areasOf, evaluateHealth, HEALTH_RULES, type FactorHealth, type HealthEvaluation } from '../src/index.js';
import { healthySignals, inPhase, TODAY, type SignalOverrides } from './signal-builder.js';
import { FACTOR_CASES } from './cases/index.js';
import { nextPhaseOf } from '../src/phases.js';

const statusOf = (evaluation: HealthEvaluation, factor: SuccessFactor) => evaluation.factors.find((f) => f.factor === factor)!.status;
const factorOf = (evaluation: HealthEvaluation, factor: SuccessFactor): FactorHealth => evaluation.factors.find((f) => f.factor === factor)!;

/** A young partnership: objectives and a core group, none of the formal structures yet. */
const young: SignalOverrides = {
  selfScores: {},
  registry: {
    milestones: 0,
    datedMilestones: 0,
    nextMilestoneDueOn: null,
    indicators: 0,
    indicatorsWithBaselineAndTarget: 0,
    indicatorsLinkedToSdg: 0,
    secretariat: { hostRecorded: false, staff: null },
    mouSignedOn: null,
    decisionMaking: null,
    communicationChannels: 1,
    funding: null,
    progressReports: 0,
    lastReportedOn: null,
    lastEvaluatedOn: null,
    continuationPlan: false,
    stakeholders: { champions: 0, coreContributing: 0 },
  },
  learning: { publishedLessons: 0, lastPublishedOn: null },
};

describe('evaluateHealth', () => {
  it('judges all eighteen factors in the framework order, with their areas and phases', () => {
    const evaluation = evaluateHealth(healthySignals());
    expect(evaluation.today).toBe(TODAY);
    expect(evaluation.phase).toBe('IMPLEMENTATION');
    expect(evaluation.factors.map((f) => f.factor)).toEqual(Object.values(SuccessFactor));
    evaluation.factors.forEach((f, index) => {
      expect(f.area).toBe(SUCCESS_FACTOR_AREAS[f.factor]);
      expect(f.expectedFrom).toBe(HEALTH_RULES[index]!.expectedFrom);
    });
  });

  it('finds the healthy partnership STRONG everywhere and ready, in implementation and in further development', () => {
    for (const phase of ['IMPLEMENTATION', 'FURTHER_DEVELOPMENT'] as const) {
      const evaluation = evaluateHealth(inPhase(phase));
      expect(
        evaluation.factors.filter((f) => f.status !== 'STRONG').map((f) => f.factor),
        phase,
      ).toEqual([]);
      expect(evaluation.readiness).toMatchObject({ phase, met: evaluation.readiness.expected, score: 1, ready: true, blocking: [] });
      expect(evaluation.weakestFactors).toEqual([]);
      expect(evaluation.gaps).toEqual([]);
    }
  });

  it('expects more as the phase advances: the same data is fine in initiation and failing in implementation', () => {
    const initiation = evaluateHealth(inPhase('INITIATION', young));
    const implementation = evaluateHealth(inPhase('IMPLEMENTATION', young));
    for (const factor of [
      'ROLES_COMMITMENTS',
      'SECRETARIAT',
      'EQUAL_GOVERNANCE',
      'TRANSPARENT_COMMUNICATION',
      'RESULTS_MONITORING',
      'HIGH_LEVEL_SUPPORT',
    ] as const) {
      expect(statusOf(initiation, factor), factor).toBe('NOT_YET_EXPECTED');
      expect(['WEAK', 'MISSING'], factor).toContain(statusOf(implementation, factor));
    }
    expect(statusOf(initiation, 'ROLES_COMMITMENTS')).toBe('NOT_YET_EXPECTED');
    expect(statusOf(implementation, 'ROLES_COMMITMENTS')).toBe('MISSING');
    expect(factorOf(implementation, 'SECRETARIAT').nextStep?.code).toBe('SET_UP_SECRETARIAT');
    expect(initiation.readiness).toMatchObject({ phase: 'INITIATION', expected: 7, ready: true, blocking: [] });
    expect(implementation.readiness.ready).toBe(false);
    expect(implementation.readiness.blocking).toEqual(implementation.weakestFactors);
    expect(implementation.readiness.blocking).toContain('SECRETARIAT');
  });

  it('counts only the factors a phase expects, not those that show early', () => {
    const initiation = evaluateHealth(inPhase('INITIATION'));
    expect(statusOf(initiation, 'SCALING_HANDOVER')).toBe('STRONG');
    expect(initiation.readiness).toEqual({ phase: 'INITIATION', expected: 7, met: 7, score: 1, ready: true, blocking: [] });
    expect(initiation.nextPhaseReadiness).toMatchObject({ phase: 'DESIGN', expected: 13, met: 13, ready: true });
  });

  it('judges readiness for the next phase on the same data as if the partnership moved today', () => {
    const design = evaluateHealth(
      inPhase('DESIGN', { registry: { secretariat: { hostRecorded: false, staff: null } }, learning: { publishedLessons: 0, lastPublishedOn: null } }),
    );
    expect(statusOf(design, 'SECRETARIAT')).toBe('NOT_YET_EXPECTED');
    expect(design.readiness).toMatchObject({ phase: 'DESIGN', expected: 13, met: 13, ready: true });
    expect(design.nextPhaseReadiness).toEqual({
      phase: 'IMPLEMENTATION',
      expected: 16,
      met: 14,
      score: 0.875,
      ready: false,
      blocking: ['SECRETARIAT', 'LEARNING'],
    });
    expect(evaluateHealth(inPhase('FURTHER_DEVELOPMENT')).nextPhaseReadiness).toBeNull();
  });

  it('gives for the next phase exactly the readiness the partnership would have there on the same data', () => {
    for (const { signals, name } of FACTOR_CASES) {
      const next = nextPhaseOf(signals.registry.phase);
      const moved = next ? evaluateHealth({ ...signals, registry: { ...signals.registry, phase: next } }).readiness : null;
      expect(evaluateHealth(signals).nextPhaseReadiness, name).toEqual(moved);
    }
  });

  it('lists the weakest factors MISSING first, then WEAK, each in framework order', () => {
    const evaluation = evaluateHealth(
      healthySignals({
        registry: { communicationChannels: 1, mouSignedOn: null, decisionMaking: 'LEAD_ORGANIZATION', stakeholders: { champions: 0 } },
        overlaps: null,
      }),
    );
    expect(evaluation.weakestFactors).toEqual([
      'HIGH_LEVEL_SUPPORT',
      'CONTEXT_ALIGNMENT',
      'ROLES_COMMITMENTS',
      'EQUAL_GOVERNANCE',
      'TRANSPARENT_COMMUNICATION',
    ]);
    expect(evaluation.readiness).toMatchObject({ expected: 16, met: 11, ready: false });
  });

  it('groups the factors into the seven areas with their worst status', () => {
    const evaluation = evaluateHealth(
      inPhase('DESIGN', { registry: { decisionMaking: 'LEAD_ORGANIZATION', secretariat: { hostRecorded: false, staff: null } } }),
    );
    const areas = areasOf(evaluation.factors);
    expect(areas.map((a) => a.area)).toEqual([...new Set(Object.values(SUCCESS_FACTOR_AREAS))]);
    expect(areas.find((a) => a.area === 'STEERING_RESOURCES')).toEqual({
      area: 'STEERING_RESOURCES',
      factors: ['SECRETARIAT', 'EQUAL_GOVERNANCE', 'RESOURCES'],
      worstStatus: 'WEAK',
    });
    expect(areas.find((a) => a.area === 'CONTINUITY')?.worstStatus).toBe('STRONG');
    expect(areasOf(evaluateHealth(inPhase('IMPLEMENTATION', { registry: { continuationPlan: false } })).factors).at(-1)?.worstStatus).toBe('NOT_YET_EXPECTED');
  });
});

describe('gaps between the self-assessment and the data', () => {
  const scored = (factor: SuccessFactor, score: 1 | 2 | 3 | 4 | 5, overrides: SignalOverrides = {}) =>
    evaluateHealth(
      healthySignals({ ...overrides, selfScores: { ...healthySignals().selfScores, [factor]: { score, note: 'our view', assessedOn: '2026-04-01' } } }),
    );

  it('reports a self score two or more above the data as SELF_HIGHER', () => {
    const evaluation = scored('RESOURCES', 5, { registry: { funding: { currency: 'USD', total: 1, funders: 1, largestFunderShare: 1, herfindahlIndex: 1 } } });
    const resources = factorOf(evaluation, 'RESOURCES');
    expect(resources.selfScore).toEqual({ score: 5, note: 'our view', assessedOn: '2026-04-01' });
    expect(resources.gap).toMatchObject({ factor: 'RESOURCES', kind: 'SELF_HIGHER', selfScore: 5, dataScore: 2 });
    expect(resources.gap?.text).toMatch(/^Members scored resources 5 of 5 on 2026-04-01, but the data shows it as weak/);
    expect(evaluation.gaps).toEqual([resources.gap]);
  });

  it('reports a self score two or more below the data as DATA_HIGHER', () => {
    const secretariat = factorOf(scored('SECRETARIAT', 2), 'SECRETARIAT');
    expect(secretariat.gap).toMatchObject({ kind: 'DATA_HIGHER', selfScore: 2, dataScore: 5 });
    expect(factorOf(scored('SECRETARIAT', 1, { registry: { secretariat: { staff: 1 } } }), 'SECRETARIAT').gap).toMatchObject({
      kind: 'DATA_HIGHER',
      dataScore: 3.5,
    });
  });

  it('finds a gap from exactly two points, and none below', () => {
    expect(factorOf(scored('SECRETARIAT', 3), 'SECRETARIAT').gap).toMatchObject({ kind: 'DATA_HIGHER', selfScore: 3, dataScore: 5 });
    expect(factorOf(scored('SECRETARIAT', 4), 'SECRETARIAT').gap).toBeNull();
    expect(factorOf(scored('SECRETARIAT', 5, { registry: { secretariat: { staff: 1 } } }), 'SECRETARIAT').gap).toBeNull();
    expect(factorOf(scored('HIGH_LEVEL_SUPPORT', 3, { registry: { stakeholders: { champions: 0 } } }), 'HIGH_LEVEL_SUPPORT').gap).toMatchObject({
      kind: 'SELF_HIGHER',
      dataScore: 1,
    });
  });

  it('finds none for a factor not yet expected', () => {
    const evaluation = scored('EVALUATION_REPORTING', 5, { registry: { lastEvaluatedOn: null } });
    expect(factorOf(evaluation, 'EVALUATION_REPORTING')).toMatchObject({ status: 'NOT_YET_EXPECTED', gap: null, selfScore: { score: 5 } });
    expect(evaluation.gaps).toEqual([]);
  });

  it('finds none where the status came from the self score, but does where data overrules it', () => {
    const fromSelf = factorOf(scored('TRUST', 1), 'TRUST');
    expect(fromSelf).toMatchObject({ status: 'WEAK', source: 'SELF_ASSESSMENT', gap: null });
    const overruled = factorOf(scored('TRUST', 5, { registry: { stakeholders: { removedLastYear: 4 } } }), 'TRUST');
    expect(overruled).toMatchObject({ status: 'WEAK', source: 'REGISTRY', gap: { kind: 'SELF_HIGHER', selfScore: 5, dataScore: 2 } });
  });

  it('shows an old self score beside the data and compares it, without using it as the status', () => {
    const old = { score: 1 as const, note: 'a bad year', assessedOn: '2024-01-10' };
    const evaluation = evaluateHealth(healthySignals({ selfScores: { TRUST: old } }));
    expect(factorOf(evaluation, 'TRUST')).toMatchObject({
      status: 'ADEQUATE',
      source: 'REGISTRY',
      selfScore: old,
      gap: { kind: 'DATA_HIGHER', selfScore: 1, dataScore: 3.5 },
    });
  });
});

describe('reviewOn', () => {
  const atDay = (signals: ReturnType<typeof healthySignals>, today: string) => evaluateHealth({ ...signals, today });

  it('is the day the next milestone would turn overdue, when that comes first', () => {
    expect(evaluateHealth(healthySignals()).reviewOn).toBe('2026-10-01');
  });

  it('is the day the registry would find a yearly report overdue', () => {
    const signals = healthySignals({ registry: { nextMilestoneDueOn: null, lastReportedOn: '2025-07-01' } });
    // Entered implementation on 2025-09-01, after the last report: overdue a year after that.
    expect(evaluateHealth(signals).reviewOn).toBe('2026-09-01');
  });

  it('is the day a self score ages out, and the status changes on that day', () => {
    const signals = healthySignals({ registry: { nextMilestoneDueOn: null }, selfScores: { TRUST: { score: 5, note: '', assessedOn: '2025-07-01' } } });
    const evaluation = evaluateHealth(signals);
    expect(evaluation.reviewOn).toBe('2026-07-01');
    expect(statusOf(atDay(signals, '2026-06-30'), 'TRUST')).toBe('STRONG');
    expect(statusOf(atDay(signals, '2026-07-01'), 'TRUST')).toBe('ADEQUATE');
  });

  it('is the day the last lesson gets too old', () => {
    const signals = healthySignals({
      selfScores: {},
      registry: { nextMilestoneDueOn: null, enteredPhaseOn: '2026-05-01', lastReportedOn: '2026-05-01' },
      learning: { publishedLessons: 2, lastPublishedOn: '2024-08-20' },
    });
    expect(evaluateHealth(signals).reviewOn).toBe('2026-08-20');
    expect(statusOf(atDay(signals, '2026-08-20'), 'LEARNING')).toBe('WEAK');
  });

  it('is null when no time-bound rule can change', () => {
    const signals = inPhase('INITIATION', { ...young, registry: { ...young.registry } });
    expect(evaluateHealth(signals).reviewOn).toBeNull();
  });
});
