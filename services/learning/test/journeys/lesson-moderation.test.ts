import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import {
  curatorOf,
  draftLesson,
  learningModerator,
  LESSON_FIELDS,
  lessonInput,
  type Platform,
  type SignedUpAccount,
  startPlatform,
  transition,
} from '@msp-atlas/gateway/testing';

let platform: Platform;
let author: SignedUpAccount;
let kenyaCurator: SignedUpAccount;
let ugandaCurator: SignedUpAccount;
let moderator: SignedUpAccount;
beforeAll(async () => {
  platform = await startPlatform();
  author = await platform.signUp();
  kenyaCurator = await curatorOf(platform, ['KEN']);
  ugandaCurator = await curatorOf(platform, ['UGA']);
  moderator = await learningModerator(platform);
});
afterAll(() => platform.stop());

const LESSON = `query($id: ID!) { lesson(id: $id) { ${LESSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateLessonInput!) { updateLesson(input: $input) { lesson { ${LESSON_FIELDS} } } }`;
const HISTORY = `query($id: ID!) { lesson(id: $id) { changeHistory { totalCount edges { node { action recordVersion actor { id } changes { field oldValue newValue redacted } } } } } }`;

async function lessonRows() {
  const { rows } = await sql<{
    count: string;
    versions: string;
  }>`select count(*) as count, coalesce(sum(version), 0) as versions from learning.lessons`.execute(platform.dbs.learning);
  return rows[0];
}

describe('contribution and moderation', () => {
  it('runs draft → submit → reject → edit → submit → publish → withdraw, recording each change', async () => {
    const draft = await draftLesson(author.graphql, { countries: ['KEN'] });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      viewerIsAuthor: true,
      viewerCanModerate: false,
      author: { id: author.id },
      sdgGoalCodes: ['6'],
    });

    // A draft is its author's alone.
    expect(dataOf(await platform.graphql(LESSON, { id: draft.id })).lesson).toBeNull();
    expect(dataOf(await kenyaCurator.graphql(LESSON, { id: draft.id })).lesson).toBeNull();

    const edited = dataOf(await author.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 1, title: 'A coordinator shared by all partners' } }))
      .updateLesson.lesson;
    expect(edited).toMatchObject({ title: 'A coordinator shared by all partners', version: 2, status: 'DRAFT' });
    const stale = errorOf(await author.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 1, title: 'Lost update' } }));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { expectedVersion: 1, actualVersion: 2 } });

    const submitted = dataOf(await transition(author.graphql, 'submitLesson', { id: draft.id, expectedVersion: 2 })).submitLesson.lesson;
    expect(submitted.status).toBe('SUBMITTED');
    // Now the curator of its country sees it, and may moderate it; a curator elsewhere may not.
    expect(dataOf(await kenyaCurator.graphql(LESSON, { id: draft.id })).lesson).toMatchObject({ status: 'SUBMITTED', viewerCanModerate: true });
    expect(dataOf(await ugandaCurator.graphql(LESSON, { id: draft.id })).lesson).toBeNull();
    expect(dataOf(await platform.graphql(LESSON, { id: draft.id })).lesson).toBeNull();
    const queue = dataOf(await kenyaCurator.graphql('{ lessonModerationQueue { totalCount edges { node { id } } } }')).lessonModerationQueue;
    expect(queue.edges.map((edge: any) => edge.node.id)).toContain(draft.id);
    expect(dataOf(await ugandaCurator.graphql('{ lessonModerationQueue { totalCount } }')).lessonModerationQueue.totalCount).toBe(0);

    // A submitted lesson is not edited under the moderator's eyes.
    expect(errorOf(await author.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 3, title: 'x' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });

    expect(errorOf(await transition(kenyaCurator.graphql, 'rejectLesson', { id: draft.id, expectedVersion: 3 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
    const rejected = dataOf(await transition(kenyaCurator.graphql, 'rejectLesson', { id: draft.id, expectedVersion: 3, note: 'Say what the coordinator cost' }))
      .rejectLesson.lesson;
    expect(rejected).toMatchObject({ status: 'REJECTED', moderationNote: 'Say what the coordinator cost' });
    expect(dataOf(await author.graphql(LESSON, { id: draft.id })).lesson.moderationNote).toBe('Say what the coordinator cost');

    const fixed = dataOf(
      await author.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 4, body: 'It cost 20,000 USD a year, shared by four partners.' } }),
    ).updateLesson.lesson;
    expect(fixed.status).toBe('DRAFT');
    dataOf(await transition(author.graphql, 'submitLesson', { id: draft.id, expectedVersion: 5 }));
    const published = dataOf(await transition(kenyaCurator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 6, note: 'Thanks' })).publishLesson
      .lesson;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 7 });

    // Published: public, with its history; the moderation note only for author and moderators.
    const anonymous = dataOf(await platform.graphql(LESSON, { id: draft.id })).lesson;
    expect(anonymous).toMatchObject({ status: 'PUBLISHED', moderationNote: null, viewerIsAuthor: false });
    const history = dataOf(await platform.graphql(HISTORY, { id: draft.id })).lesson.changeHistory;
    expect(history.edges.map((edge: any) => edge.node.action)).toEqual([
      'publishLesson',
      'submitLesson',
      'updateLesson',
      'rejectLesson',
      'submitLesson',
      'updateLesson',
      'draftLesson',
    ]);
    expect(history.edges[0].node.actor).toEqual({ id: kenyaCurator.id });
    expect(history.edges[3].node.changes.find((change: any) => change.field === 'moderationNote')).toMatchObject({ redacted: true, newValue: null });
    const authorsView = dataOf(await author.graphql(HISTORY, { id: draft.id })).lesson.changeHistory;
    expect(authorsView.edges[3].node.changes.find((change: any) => change.field === 'moderationNote')).toMatchObject({
      redacted: false,
      newValue: 'Say what the coordinator cost',
    });

    const withdrawn = dataOf(await transition(author.graphql, 'withdrawLesson', { id: draft.id, expectedVersion: 7 })).withdrawLesson.lesson;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(dataOf(await platform.graphql(LESSON, { id: draft.id })).lesson).toBeNull();
  });

  it('gives lessons without a country to the learning moderators, not to curators', async () => {
    const draft = await draftLesson(author.graphql, { countries: [] });
    dataOf(await transition(author.graphql, 'submitLesson', { id: draft.id, expectedVersion: 1 }));
    expect(errorOf(await transition(kenyaCurator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 2 })).code).toBe('NOT_FOUND');
    const queue = dataOf(await moderator.graphql('{ lessonModerationQueue { edges { node { id } } } }')).lessonModerationQueue;
    expect(queue.edges.map((edge: any) => edge.node.id)).toContain(draft.id);
    const published = dataOf(await transition(moderator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 2 })).publishLesson.lesson;
    expect(published.status).toBe('PUBLISHED');
    // A moderator takes a published lesson down; the author cannot publish it again.
    expect(
      dataOf(await transition(moderator.graphql, 'withdrawLesson', { id: draft.id, expectedVersion: 3, note: 'Duplicate' })).withdrawLesson.lesson.status,
    ).toBe('WITHDRAWN');
  });

  it('lets only the author edit, submit and withdraw, and only a moderator publish or reject (never their own)', async () => {
    const other = await platform.signUp();
    const draft = await draftLesson(author.graphql, { countries: ['KEN'] });
    const before = await lessonRows();
    // Anonymous callers are asked to sign in; others who cannot see the draft learn nothing of it.
    expect(errorOf(await platform.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 1, title: 'x' } })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await other.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 1, title: 'x' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await transition(other.graphql, 'submitLesson', { id: draft.id, expectedVersion: 1 })).code).toBe('NOT_FOUND');
    expect(errorOf(await transition(kenyaCurator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 1 })).code).toBe('NOT_FOUND');
    // The author may not publish a draft, nor skip review.
    expect(errorOf(await transition(author.graphql, 'publishLesson', { id: draft.id, expectedVersion: 1 })).code).toBe('FORBIDDEN');
    expect(await lessonRows()).toEqual(before);

    dataOf(await transition(author.graphql, 'submitLesson', { id: draft.id, expectedVersion: 1 }));
    expect(errorOf(await transition(ugandaCurator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 2 })).code).toBe('NOT_FOUND');
    expect(errorOf(await transition(moderator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 2 })).code).toBe('NOT_FOUND');
    expect(errorOf(await transition(kenyaCurator.graphql, 'withdrawLesson', { id: draft.id, expectedVersion: 2 })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await kenyaCurator.graphql(UPDATE, { input: { id: draft.id, expectedVersion: 2, title: 'x' } })).code).toBe('FORBIDDEN');

    // A curator's own lesson goes to another curator.
    const own = await draftLesson(kenyaCurator.graphql, { countries: ['KEN'] });
    dataOf(await transition(kenyaCurator.graphql, 'submitLesson', { id: own.id, expectedVersion: 1 }));
    expect(errorOf(await transition(kenyaCurator.graphql, 'publishLesson', { id: own.id, expectedVersion: 2 })).code).toBe('FORBIDDEN');
  });

  it.each([
    [{ title: '  ' }, 'input.title'],
    [{ body: '' }, 'input.body'],
    // 70,000 characters, 210,000 bytes of UTF-8: over 200 KB.
    [{ body: '€'.repeat(70_000) }, 'input.body'],
    [{ body: 'x'.repeat(100_001) }, 'input.body'],
    [{ phases: ['DESIGN', 'LAUNCH'] }, 'input.phases[1]'],
    [{ successFactors: ['LUCK'] }, 'input.successFactors[0]'],
    [{ sdgTargets: ['6.1', '6.99'] }, 'input.sdgTargets[1]'],
    [{ sdgGoals: ['18'] }, 'input.sdgGoals[0]'],
    [{ countries: ['Kenya'] }, 'input.countries[0]'],
    [{ sectors: ['999'] }, 'input.sectors[0]'],
    [{ language: 'xx' }, 'input.language'],
    [{ partnershipId: '00000000-0000-4000-8000-000000000000' }, 'input.partnershipId'],
  ])('refuses bad input %# with its field and writes nothing', async (overrides, field) => {
    const before = await lessonRows();
    const response = await author.graphql(`mutation($input: DraftLessonInput!) { draftLesson(input: $input) { lesson { id } } }`, {
      input: lessonInput(overrides),
    });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await lessonRows()).toEqual(before);
  });
});
