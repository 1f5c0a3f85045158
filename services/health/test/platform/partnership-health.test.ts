import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, waitFor, type GraphqlClient } from '@msp-atlas/test-harness';
import { startPlatform, type Platform } from '@msp-atlas/gateway/testing';
import { selfAssessmentSnapshot, indexCaughtUp, kisumuWater, registerPartnership } from '../support/journeys.js';

// Partnership.health through the gateway: the registry's data, the SDG, context and
// learning subgraphs' signals (fetched for @requires) and the members' self-assessment.

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const HEALTH_FIELDS = `health {
  evaluatedOn phase weakestFactors
  factors { factor area status expectedFrom source summary evidence { field value text } nextStep { code text } selfScore { score note assessedOn } gap { kind selfScore dataScore text } }
  areas { area factors worstStatus }
  readiness { phase expected met score ready blocking }
  nextPhaseReadiness { phase expected met ready }
  gaps { factor kind selfScore dataScore }
}`;
const HEALTH = `query($id: ID!) { partnership(id: $id) { id version ${HEALTH_FIELDS} } }`;
const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { version } } }`;
const SUBMIT = `mutation($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) {
  selfAssessment { id assessedOn scores { factor score note } } partnership { id version ${HEALTH_FIELDS} selfAssessments(first: 5) { totalCount } }
} }`;

const todayIso = () => new Date().toISOString().slice(0, 10);
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const healthOf = async (id: string, graphql: GraphqlClient = platform.graphql) => dataOf(await graphql(HEALTH, { id })).partnership.health;
const factorOf = (health: any, factor: string) => health.factors.find((entry: any) => entry.factor === factor);
const statusesOf = (health: any, factors: string[]) => Object.fromEntries(factors.map((factor) => [factor, factorOf(health, factor).status]));

describe('Partnership.health through the gateway', () => {
  it('judges a fresh registration for its phase, with evidence and next steps', async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      objectives: ['Safe water within 500 m for 40,000 people'],
      problemStatement: 'Half the households walk over an hour for water.',
    });
    const health = await healthOf(partnership.id);
    expect(health).toMatchObject({ evaluatedOn: todayIso(), phase: 'INITIATION', readiness: { phase: 'INITIATION' }, nextPhaseReadiness: { phase: 'DESIGN' } });
    expect(health.factors.map((factor: any) => factor.factor)).toHaveLength(18);
    expect(statusesOf(health, ['JOINT_OBJECTIVES', 'LEADERSHIP', 'ROLES_COMMITMENTS', 'SECRETARIAT', 'SCALING_HANDOVER'])).toEqual({
      JOINT_OBJECTIVES: 'STRONG',
      LEADERSHIP: 'MISSING',
      ROLES_COMMITMENTS: 'NOT_YET_EXPECTED',
      SECRETARIAT: 'NOT_YET_EXPECTED',
      SCALING_HANDOVER: 'NOT_YET_EXPECTED',
    });
    expect(factorOf(health, 'JOINT_OBJECTIVES')).toMatchObject({ source: 'REGISTRY', nextStep: null });
    expect(factorOf(health, 'JOINT_OBJECTIVES').evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'objectives', value: '1' }),
        expect.objectContaining({ field: 'problemStatement', value: 'true' }),
      ]),
    );
    expect(factorOf(health, 'LEADERSHIP').nextStep).toMatchObject({ code: 'FORM_CORE_GROUP', text: expect.any(String) });
    expect(factorOf(health, 'ROLES_COMMITMENTS').expectedFrom).toBe('DESIGN');
    expect(health.weakestFactors).toContain('LEADERSHIP');
    expect(health.readiness.blocking).toContain('LEADERSHIP');
    expect(health.areas.find((area: any) => area.area === 'COMMON_STRATEGY')).toEqual({
      area: 'COMMON_STRATEGY',
      factors: ['JOINT_OBJECTIVES', 'LEADERSHIP', 'HIGH_LEVEL_SUPPORT'],
      worstStatus: 'MISSING',
    });
  });

  it('expects more after a phase change, and shows a self-assessment beside the data with the gap', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { objectives: ['Safe water within 500 m for 40,000 people'] });
    const before = await healthOf(partnership.id);
    expect(factorOf(before, 'ROLES_COMMITMENTS').status).toBe('NOT_YET_EXPECTED');
    expect(factorOf(before, 'JOINT_OBJECTIVES').status).toBe('ADEQUATE');

    dataOf(await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN' } }));
    const after = await healthOf(partnership.id);
    expect(after.phase).toBe('DESIGN');
    expect(factorOf(after, 'ROLES_COMMITMENTS')).toMatchObject({ status: 'MISSING', nextStep: { code: 'SIGN_MOU' } });
    // In design the objectives need a results chain beside them.
    expect(factorOf(after, 'JOINT_OBJECTIVES')).toMatchObject({ status: 'WEAK', nextStep: { code: 'PLAN_RESULTS_CHAIN' } });
    expect(after.readiness).toMatchObject({ phase: 'DESIGN', ready: false });
    expect(after.readiness.blocking).toContain('ROLES_COMMITMENTS');
    expect(after.readiness.expected).toBeGreaterThan(before.readiness.expected);

    const submitted = dataOf(
      await platform.member.graphql(SUBMIT, {
        input: {
          partnershipId: partnership.id,
          scores: [
            { factor: 'ROLES_COMMITMENTS', score: 5, note: 'Everyone knows their part' },
            { factor: 'TRUST', score: 4 },
          ],
        },
      }),
    ).submitSelfAssessment;
    expect(submitted.partnership.version).toBe(2);
    expect(submitted.partnership.selfAssessments.totalCount).toBe(1);
    const roles = factorOf(submitted.partnership.health, 'ROLES_COMMITMENTS');
    expect(roles).toMatchObject({
      status: 'MISSING',
      selfScore: { score: 5, note: 'Everyone knows their part', assessedOn: todayIso() },
      gap: { kind: 'SELF_HIGHER', selfScore: 5, dataScore: 1 },
    });
    expect(submitted.partnership.health.gaps).toContainEqual({ factor: 'ROLES_COMMITMENTS', kind: 'SELF_HIGHER', selfScore: 5, dataScore: 1 });
    // Read again by anyone: the same view.
    expect(factorOf(await healthOf(partnership.id), 'ROLES_COMMITMENTS').gap).toEqual(roles.gap);
  });

  it('refuses self-assessments from outsiders, the anonymous, bad scores and unknown partnerships, changing nothing', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const outsider = await platform.signUp();
    const valid = { partnershipId: partnership.id, scores: [{ factor: 'TRUST', score: 3 }] };
    const before = await selfAssessmentSnapshot(platform.dbs.health);
    const refusals = [
      [await outsider.graphql(SUBMIT, { input: valid }), 'FORBIDDEN', undefined],
      [await platform.graphql(SUBMIT, { input: valid }), 'UNAUTHENTICATED', undefined],
      [await platform.member.graphql(SUBMIT, { input: { ...valid, scores: [{ factor: 'TRUST', score: 6 }] } }), 'BAD_USER_INPUT', 'input.scores[0].score'],
      [await platform.member.graphql(SUBMIT, { input: { ...valid, partnershipId: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND', undefined],
    ] as const;
    for (const [response, code, field] of refusals) expect({ code: errorOf(response).code, field: errorOf(response).field }).toEqual({ code, field });
    expect(await selfAssessmentSnapshot(platform.dbs.health)).toEqual(before);
  });

  it('shows a progress report missing for over a year of implementation on RESULTS_MONITORING', async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      indicators: [{ name: 'Households served', baseline: 0, target: 40_000 }],
    });
    dataOf(
      await platform.member.graphql(CHANGE_PHASE, {
        input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'IMPLEMENTATION', changedOn: isoDaysAgo(400) },
      }),
    );
    const monitoring = factorOf(await healthOf(partnership.id), 'RESULTS_MONITORING');
    expect(monitoring).toMatchObject({ status: 'WEAK', nextStep: { code: 'SUBMIT_PROGRESS_REPORT' } });
    expect(monitoring.evidence).toContainEqual(expect.objectContaining({ field: 'progressReportOverdue', value: 'true' }));
  });

  it("reads the SDG service's reading on AGENDA_2030 and a new overlapping registration on CONTEXT_ALIGNMENT once the events are consumed", async () => {
    const first = await registerPartnership(platform.member.graphql, kisumuWater());
    await waitFor(async () => {
      const { partnership } = dataOf(
        await platform.graphql(`query($id: ID!) { partnership(id: $id) { sdgHealthSignal { partnershipVersion } } }`, { id: first.id }),
      );
      return partnership.sdgHealthSignal?.partnershipVersion === 1;
    }, 15_000);
    await indexCaughtUp(platform.graphql);
    const alone = await healthOf(first.id);
    const agenda = factorOf(alone, 'AGENDA_2030');
    expect(agenda.source).toBe('SDG');
    expect(agenda.status).not.toBe('MISSING');
    expect(agenda.evidence).toContainEqual(expect.objectContaining({ field: 'sdgHealthSignal.declaredTargets', value: '2' }));
    const contextAlone = factorOf(alone, 'CONTEXT_ALIGNMENT');
    expect(contextAlone.evidence).toContainEqual(expect.objectContaining({ field: 'overlapHealthSignal.overlaps' }));

    // The same initiative registered again: the context service finds it and counts it.
    const copy = kisumuWater();
    await registerPartnership(platform.member.graphql, { ...copy, name: `${first.name} (copy)`, startDate: first.startDate });
    await indexCaughtUp(platform.graphql);
    const crowded = factorOf(await healthOf(first.id), 'CONTEXT_ALIGNMENT');
    const overlaps = Number(crowded.evidence.find((entry: any) => entry.field === 'overlapHealthSignal.overlaps').value);
    const overlapsBefore = Number(contextAlone.evidence.find((entry: any) => entry.field === 'overlapHealthSignal.overlaps').value);
    expect(overlaps).toBeGreaterThan(overlapsBefore);
    expect(['WEAK', 'ADEQUATE']).toContain(crowded.status);
    expect(crowded.nextStep?.code).toMatch(/RESOLVE_DUPLICATES|COORDINATE_WITH_OVERLAPS/);
  });
});
