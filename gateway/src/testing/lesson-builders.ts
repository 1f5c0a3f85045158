import { dataOf, type GraphqlClient } from '@msp-atlas/test-harness';
import { signInAccount, type SignedUpAccount } from './accounts.js';
import type { Platform } from './platform.js';

/** Seed builders for the learning library, through the public API. */

/** What the builders need of a platform, shared or not. */
type PlatformAccounts = Pick<Platform, 'gatewayUrl' | 'admin' | 'signUp'>;

let sequence = 0;

export const LESSON_FIELDS = `id title body kind language phases successFactors sdgGoalCodes sdgTargetCodes countries sectors
  status version isDemo moderationNote viewerIsAuthor viewerCanModerate partnership { id } author { id }`;

export function lessonInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    title: `Lesson ${sequence}: a shared secretariat`,
    body: `## What happened\n\nLesson ${sequence}: the partners hired a coordinator together.`,
    kind: 'PRACTICE',
    language: 'en',
    phases: ['IMPLEMENTATION'],
    successFactors: ['SECRETARIAT'],
    sdgTargets: ['6.1'],
    countries: ['KEN'],
    sectors: ['140'],
    ...overrides,
  };
}

export async function draftLesson(graphql: GraphqlClient, overrides: Record<string, unknown> = {}) {
  return dataOf(
    await graphql(`mutation($input: DraftLessonInput!) { draftLesson(input: $input) { lesson { ${LESSON_FIELDS} } } }`, { input: lessonInput(overrides) }),
  ).draftLesson.lesson;
}

export async function transition(graphql: GraphqlClient, action: string, input: Record<string, unknown>) {
  return graphql(`mutation($input: LessonTransitionInput!) { ${action}(input: $input) { lesson { ${LESSON_FIELDS} } } }`, { input });
}

/** A lesson drafted by `author`, submitted, and published by `moderator`. */
export async function publishedLesson(author: SignedUpAccount, moderator: { graphql: GraphqlClient }, overrides: Record<string, unknown> = {}) {
  const draft = await draftLesson(author.graphql, overrides);
  dataOf(await transition(author.graphql, 'submitLesson', { id: draft.id, expectedVersion: 1 }));
  return dataOf(await transition(moderator.graphql, 'publishLesson', { id: draft.id, expectedVersion: 2 })).publishLesson.lesson;
}

/** The platform's administrator, signed in. */
export function signInAdmin(platform: PlatformAccounts) {
  return signInAccount(platform.gatewayUrl, platform.admin.email, platform.admin.password);
}

/** A new account appointed curator of these countries by the administrator. */
export async function curatorOf(platform: PlatformAccounts, countries: string[]): Promise<SignedUpAccount> {
  const admin = await signInAdmin(platform);
  const curator = await platform.signUp();
  dataOf(
    await admin.graphql(`mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id } } }`, {
      input: { email: curator.email, countries },
    }),
  );
  return curator;
}

/** A new account appointed moderator of the learning library by the administrator. */
export async function learningModerator(platform: PlatformAccounts): Promise<SignedUpAccount> {
  const admin = await signInAdmin(platform);
  const moderator = await platform.signUp();
  dataOf(
    await admin.graphql(`mutation($input: AppointModeratorInput!) { appointModerator(input: $input) { account { id } } }`, {
      input: { email: moderator.email, scope: 'learning' },
    }),
  );
  return moderator;
}
