import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents } from '@msp-atlas/events';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { dataOf } from '@msp-atlas/test-harness';
import { today } from '../../src/domain/clock.js';
import { newAccount } from '../support/accounts.js';
import { consume, registerByEvent } from '../support/registry-events.js';
import { startTestSubgraph, type TestSubgraph } from '../support/test-subgraph.js';

// Partnership.health as the gateway resolves it: an `_entities` call, answered from what
// the health service keeps of the registry's and the other services' events, and the
// latest self scores.

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

const healthOf = async (ids: string[]) => {
  const response = await api.call(ANONYMOUS, HEALTH, { representations: ids.map((id) => ({ __typename: 'Partnership', id })) });
  return { entities: response.data?._entities as any[], errors: response.errors };
};
const factor = (health: any, code: string) => health.factors.find((f: any) => f.factor === code);

describe('Partnership.health', () => {
  it('judges the registry record with the signals the other services sent, and the latest self scores beside them', async () => {
    const member = newAccount();
    const signalled = await registerByEvent(api, { registrantAccountId: member.accountId, sdgTargets: ['6.1', '6.2'] });
    const silent = await registerByEvent(api, { registrantAccountId: member.accountId, sdgTargets: ['6.1', '6.2'] });
    await appendEvents(api.db, 'sdg', [
      fixtureEvent(
        'SdgAlignmentChanged',
        {
          partnershipId: signalled.id,
          partnershipVersion: 1,
          declaredTargets: ['6.1', '6.2'],
          suggestedTargets: [
            { target: '6.1', score: 0.9 },
            { target: '6.2', score: 0.8 },
          ],
          suggestedGoals: [6],
        },
        { aggregateId: signalled.id },
      ),
    ]);
    await appendEvents(api.db, 'context', [
      fixtureEvent(
        'PartnershipOverlapsChanged',
        { partnershipId: signalled.id, overlaps: 1, duplicates: 1, strongestScore: 0.91 },
        { aggregateId: signalled.id },
      ),
    ]);
    await consume(api);
    dataOf(
      await api.call(member, `mutation($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { selfAssessment { id } } }`, {
        input: { partnershipId: signalled.id, scores: [{ factor: 'CONTEXT_ALIGNMENT', score: 5, note: 'Nobody else works here' }] },
      }),
    );
    const { entities } = await healthOf([signalled.id, silent.id]);
    const [{ health }, { health: withoutSignals }] = entities;

    expect(health).toMatchObject({ evaluatedOn: today(), phase: 'INITIATION', readiness: { phase: 'INITIATION' }, nextPhaseReadiness: { phase: 'DESIGN' } });
    expect(health.factors).toHaveLength(18);
    expect(health.areas.map((area: any) => area.area)).toEqual([
      'COMMON_STRATEGY',
      'COOPERATION',
      'STEERING_RESOURCES',
      'CONTEXT',
      'MONITORING_LEARNING',
      'PROCESS_MANAGEMENT',
      'CONTINUITY',
    ]);
    expect(factor(health, 'AGENDA_2030')).toMatchObject({ status: 'STRONG', source: 'SDG', nextStep: null });
    expect(factor(health, 'AGENDA_2030').evidence).toContainEqual(expect.objectContaining({ field: 'sdgHealthSignal.evidencedDeclaredTargets', value: '2' }));
    const context = factor(health, 'CONTEXT_ALIGNMENT');
    expect(context).toMatchObject({
      status: 'WEAK',
      source: 'CONTEXT',
      nextStep: { code: 'RESOLVE_DUPLICATES' },
      selfScore: { score: 5, note: 'Nobody else works here', assessedOn: today() },
    });
    expect(context.gap).toMatchObject({ kind: 'SELF_HIGHER', selfScore: 5 });
    expect(health.gaps).toContainEqual(expect.objectContaining({ factor: 'CONTEXT_ALIGNMENT', kind: 'SELF_HIGHER' }));
    expect(factor(health, 'SECRETARIAT')).toMatchObject({ status: 'NOT_YET_EXPECTED', expectedFrom: 'IMPLEMENTATION' });

    // Without the SDG and context readings those factors wait for them.
    expect(factor(withoutSignals, 'AGENDA_2030')).toMatchObject({ status: 'MISSING', nextStep: { code: 'SDG_PENDING' } });
    expect(factor(withoutSignals, 'CONTEXT_ALIGNMENT')).toMatchObject({ status: 'MISSING', nextStep: { code: 'CONTEXT_PENDING' } });
  });

  it('answers NOT_FOUND for a partnership no event told it of', async () => {
    const { entities, errors } = await healthOf(['00000000-0000-4000-8000-000000000000']);
    expect(entities).toEqual([null]);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
