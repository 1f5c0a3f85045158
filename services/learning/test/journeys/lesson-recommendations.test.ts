import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, waitFor } from '@msp-atlas/test-harness';
import { curatorOf, draftLesson, type Platform, publishedLesson, registerPartnership, type SignedUpAccount, startPlatform } from '@msp-atlas/gateway/testing';

let platform: Platform;
let author: SignedUpAccount;
let curator: SignedUpAccount;
beforeAll(async () => {
  platform = await startPlatform();
  author = await platform.signUp();
  curator = await curatorOf(platform, ['KEN', 'TZA', 'PER']);
});
afterAll(() => platform.stop());

const RECOMMENDED = `query($id: ID!) { partnership(id: $id) { id phase
  recommendedLessons(first: 5) { score reasons { kind code } lesson { id title } }
  lessons { totalCount edges { node { id title partnership { id name } } } } } }`;
const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { version phase } } }`;

/** Waits until the learning service's projection holds the partnership at this version. */
async function projected(id: string, version: number) {
  await waitFor(async () => {
    const row = await platform.dbs.learning.selectFrom('learning.partnership_projection').select('version').where('partnership_id', '=', id).executeTakeFirst();
    return (row?.version ?? 0) >= version;
  });
}

describe('Partnership.recommendedLessons and Partnership.lessons', () => {
  // Untagged by success factor: the health check's weak factors, which arrive later by events, do not move these.
  it('recommends lessons for where the partnership stands, says why, and follows its phase', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { countries: ['KEN'], sectors: ['140'], sdgTargets: ['6.1'] });
    const design = await publishedLesson(author, curator, {
      title: 'Writing the MoU together',
      phases: ['DESIGN'],
      successFactors: [],
      countries: ['PER'],
      sdgTargets: ['4.1'],
      sectors: ['112'],
    });
    const implementation = await publishedLesson(author, curator, {
      title: 'Running the water kiosks',
      phases: ['IMPLEMENTATION'],
      successFactors: [],
      countries: ['TZA'],
      sdgTargets: ['4.1'],
      sectors: ['112'],
    });
    const local = await publishedLesson(author, curator, {
      title: 'Kenyan water committees',
      phases: ['FURTHER_DEVELOPMENT'],
      successFactors: [],
      countries: ['KEN'],
      sdgTargets: ['6.1'],
      sectors: ['140'],
    });
    await draftLesson(author.graphql, {
      title: 'A draft never recommended',
      phases: ['INITIATION', 'DESIGN'],
      countries: ['KEN'],
      sdgTargets: ['6.1'],
      sectors: ['140'],
    });
    await projected(partnership.id, 1);

    const initiation = dataOf(await platform.graphql(RECOMMENDED, { id: partnership.id })).partnership.recommendedLessons;
    expect(initiation.map((item: any) => item.lesson.id)).toEqual([local.id]);
    expect(initiation[0].reasons).toEqual([
      { kind: 'SDG_TARGET', code: '6.1' },
      { kind: 'COUNTRY', code: 'KEN' },
      { kind: 'SDG_GOAL', code: '6' },
      { kind: 'SECTOR', code: '140' },
    ]);
    expect(initiation[0].score).toBe(2 + 1.5 + 1 + 1);

    dataOf(await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN' } }));
    await projected(partnership.id, 2);
    const inDesign = dataOf(await platform.graphql(RECOMMENDED, { id: partnership.id })).partnership.recommendedLessons;
    expect(inDesign.map((item: any) => item.lesson.id)).toEqual([local.id, design.id]);
    expect(inDesign[1].reasons).toEqual([{ kind: 'PHASE', code: 'DESIGN' }]);

    dataOf(await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 2, phase: 'IMPLEMENTATION' } }));
    await projected(partnership.id, 3);
    const inImplementation = dataOf(await platform.graphql(RECOMMENDED, { id: partnership.id })).partnership.recommendedLessons;
    expect(inImplementation.map((item: any) => item.lesson.id)).toEqual([local.id, implementation.id]);
  });

  it("ranks up lessons on the partnership's weakest success factors once its health check reaches the learning service", async () => {
    // Implementing without a secretariat: SECRETARIAT is among its weakest factors.
    const partnership = await registerPartnership(platform.member.graphql, { countries: ['KEN'], sdgTargets: ['6.1'], phase: 'IMPLEMENTATION' });
    const secretariat = await publishedLesson(author, curator, {
      title: 'Staffing a neutral secretariat',
      phases: [],
      countries: ['PER'],
      sdgTargets: ['4.1'],
      sectors: ['112'],
      successFactors: ['SECRETARIAT'],
    });
    const QUERY = `query($id: ID!) { partnership(id: $id) { health { weakestFactors } recommendedLessons(first: 10) { addresses reasons { kind code } lesson { id } } } }`;
    let found: any;
    await waitFor(async () => {
      const data = dataOf(await platform.graphql(QUERY, { id: partnership.id })).partnership;
      found = data.recommendedLessons.find((item: any) => item.lesson.id === secretariat.id);
      return !!found;
    }, 20_000);
    expect(found.addresses).toEqual(['SECRETARIAT']);
    expect(found.reasons[0]).toEqual({ kind: 'SUCCESS_FACTOR', code: 'SECRETARIAT' });
    const { health } = dataOf(await platform.graphql(QUERY, { id: partnership.id })).partnership;
    expect(health.weakestFactors).toContain('SECRETARIAT');
  });

  it('lists the published lessons a partnership contributed, resolving the partnership through the gateway', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { countries: ['TZA'] });
    await projected(partnership.id, 1);
    const lesson = await publishedLesson(author, curator, { title: 'From our own partnership', countries: ['TZA'], partnershipId: partnership.id });
    await draftLesson(author.graphql, { title: 'Our unpublished draft', countries: ['TZA'], partnershipId: partnership.id });
    const data = dataOf(await platform.graphql(RECOMMENDED, { id: partnership.id })).partnership;
    expect(data.lessons.totalCount).toBe(1);
    expect(data.lessons.edges[0].node).toEqual({
      id: lesson.id,
      title: 'From our own partnership',
      partnership: { id: partnership.id, name: partnership.name },
    });
    // Its own lessons are not recommended back to it.
    expect(data.recommendedLessons.map((item: any) => item.lesson.id)).not.toContain(lesson.id);
  });

  it('refuses a page size out of range', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    expect(
      errorOf(await platform.graphql(`query($id: ID!) { partnership(id: $id) { recommendedLessons(first: 50) { score } } }`, { id: partnership.id })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
