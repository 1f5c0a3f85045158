import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { dataOf } from '@msp-atlas/test-harness';
import { today } from '../../src/domain/clock.js';
import { newAccount } from '../support/accounts.js';
import { registerPartnership } from '../support/builders.js';
import { startTestSubgraph, type TestSubgraph } from '../support/test-subgraph.js';

// Partnership.health as the gateway resolves it: an `_entities` call whose representations
// carry the other subgraphs' signals (@requires).

let api: TestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph();
});
afterAll(() => api?.close());

const HEALTH = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Partnership { id health {
  evaluatedOn phase weakestFactors
  factors { factor area status expectedFrom source summary evidence { field value text } nextStep { code text } selfScore { score note assessedOn } gap { kind selfScore dataScore } }
  areas { area factors worstStatus }
  readiness { phase expected met score ready blocking }
  nextPhaseReadiness { phase ready }
  gaps { factor kind selfScore dataScore text }
} } } }`;

const signals = {
  sdgHealthSignal: { partnershipVersion: 1, declaredTargets: 2, evidencedDeclaredTargets: 2, suggestedUndeclaredTargets: 0 },
  overlapHealthSignal: { overlaps: 1, duplicates: 1, strongestScore: 0.91 },
  learningHealthSignal: { publishedLessons: 0, lastPublishedOn: null },
};
const healthOf = async (representations: Record<string, unknown>[]) =>
  dataOf(await api.call(ANONYMOUS, HEALTH, { representations: representations.map((r) => ({ __typename: 'Partnership', ...r })) }))._entities;
const factor = (health: any, code: string) => health.factors.find((f: any) => f.factor === code);

describe('Partnership.health', () => {
  it('judges the registry data with the signals the representation carries, and the latest self scores beside them', async () => {
    const member = newAccount();
    const { id } = await registerPartnership(api, member, { sdgTargets: ['6.1', '6.2'] });
    dataOf(await api.call(member, `mutation($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { selfAssessment { id } } }`, {
      input: { partnershipId: id, scores: [{ factor: 'CONTEXT_ALIGNMENT', score: 5, note: 'Nobody else works here' }] },
    }));
    const [withSignals, withoutSignals] = await healthOf([{ id, ...signals }, { id, sdgHealthSignal: null, overlapHealthSignal: null, learningHealthSignal: signals.learningHealthSignal }]);

    const { health } = withSignals;
    expect(health).toMatchObject({ evaluatedOn: today(), phase: 'INITIATION', readiness: { phase: 'INITIATION' }, nextPhaseReadiness: { phase: 'DESIGN' } });
    expect(health.factors).toHaveLength(18);
    expect(health.areas.map((area: any) => area.area)).toEqual(['COMMON_STRATEGY', 'COOPERATION', 'STEERING_RESOURCES', 'CONTEXT', 'MONITORING_LEARNING', 'PROCESS_MANAGEMENT', 'CONTINUITY']);
    expect(factor(health, 'AGENDA_2030')).toMatchObject({ status: 'STRONG', source: 'SDG', nextStep: null });
    expect(factor(health, 'AGENDA_2030').evidence).toContainEqual(expect.objectContaining({ field: 'sdgHealthSignal.evidencedDeclaredTargets', value: '2' }));
    const context = factor(health, 'CONTEXT_ALIGNMENT');
    expect(context).toMatchObject({ status: 'WEAK', source: 'CONTEXT', nextStep: { code: 'RESOLVE_DUPLICATES' }, selfScore: { score: 5, note: 'Nobody else works here', assessedOn: today() } });
    expect(context.gap).toMatchObject({ kind: 'SELF_HIGHER', selfScore: 5 });
    expect(health.gaps).toContainEqual(expect.objectContaining({ factor: 'CONTEXT_ALIGNMENT', kind: 'SELF_HIGHER' }));
    expect(factor(health, 'SECRETARIAT')).toMatchObject({ status: 'NOT_YET_EXPECTED', expectedFrom: 'IMPLEMENTATION' });

    // Without the SDG and context readings those factors wait for them.
    expect(factor(withoutSignals.health, 'AGENDA_2030')).toMatchObject({ status: 'MISSING', nextStep: { code: 'SDG_PENDING' } });
    expect(factor(withoutSignals.health, 'CONTEXT_ALIGNMENT')).toMatchObject({ status: 'MISSING', nextStep: { code: 'CONTEXT_PENDING' } });
  });

  it('answers null for an unknown partnership', async () => {
    expect(await healthOf([{ id: '00000000-0000-4000-8000-000000000000', ...signals }])).toEqual([null]);
  });
});
