import { buildClientSchema, getIntrospectionQuery, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { measureOperation } from '../../src/limits/measure-operation.js';
import { defaultOperationLimits } from '../../src/limits/operation-limits.js';
import { registerPartnership, registrationInput, type SharedPlatform, sharedPlatform, signInAccount } from '../../src/testing/index.js';
import { countTokens } from './count-tokens.js';
import { webOperations, type WebOperation } from './web-operations.js';

let platform: SharedPlatform;
let schema: GraphQLSchema;
let operations: WebOperation[];
beforeAll(async () => {
  platform = await sharedPlatform();
  schema = buildClientSchema(dataOf(await platform.graphql(getIntrospectionQuery())));
  operations = await webOperations();
});

function measure(operation: WebOperation) {
  const document = parse(operation.query);
  const measured = measureOperation({ schema, document, operation: getOperationAST(document)!, variables: operation.variables });
  return { ...measured, tokens: countTokens(operation.query) };
}

describe("the web app's own operations", () => {
  it('all fit within half of every limit', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual([
      'ACCEPT_INVITATION_MUTATION',
      'APPOINT_CURATOR_MUTATION',
      'CHANGE_HISTORY_QUERY',
      'CHANGE_PHASE_MUTATION',
      'CHECK_OVERLAPS_QUERY',
      'CONTEXT_LANDSCAPE_QUERY',
      'CURATORS_QUERY',
      'DECLINE_INVITATION_MUTATION',
      'DISMISS_CURATOR_MUTATION',
      'DISMISS_SDG_SUGGESTION_MUTATION',
      'DRAFT_LESSON_MUTATION',
      'EDIT_PARTNERSHIP_QUERY',
      'HEALTH_OVERVIEW_QUERY',
      'INVITE_MEMBER_MUTATION',
      'LESSON_MODERATION_QUEUE_QUERY',
      'LESSON_QUERY',
      'LESSON_SEARCH_QUERY',
      'ORGANIZATION_SEARCH_QUERY',
      'PARTNERSHIPS_BY_HEALTH_QUERY',
      'PARTNERSHIP_COUNTS_BY_COUNTRY_QUERY',
      'PARTNERSHIP_DETAIL_QUERY',
      'PARTNERSHIP_HEALTH_QUERY',
      'PARTNERSHIP_LESSONS_QUERY',
      'PARTNERSHIP_LIST_QUERY',
      'PARTNERSHIP_OVERLAPS_QUERY',
      'PUBLISH_LESSON_MUTATION',
      'REGISTER_PARTNERSHIP_MUTATION',
      'REJECT_LESSON_MUTATION',
      'REMOVE_MEMBER_MUTATION',
      'RENEW_TOKEN_MUTATION',
      'REVOKE_INVITATION_MUTATION',
      'SDG_ALIGNMENT_QUERY',
      'SDG_COVERAGE_QUERY',
      'SDG_GOALS_QUERY',
      'SDG_GOAL_QUERY',
      'SDG_TARGET_LESSONS_QUERY',
      'SDG_TARGET_QUERY',
      'SELF_ASSESSMENT_PAGE_QUERY',
      'SIGN_IN_MUTATION',
      'SIGN_OUT_MUTATION',
      'SIGN_UP_MUTATION',
      'SUBMIT_LESSON_MUTATION',
      'SUBMIT_SELF_ASSESSMENT_MUTATION',
      'SUGGEST_SDG_ALIGNMENT_QUERY',
      'UPDATE_PARTNERSHIP_MUTATION',
      'VIEWER_ACCOUNT_QUERY',
      'WITHDRAW_LESSON_MUTATION',
    ]);
    const figures = Object.fromEntries(operations.map((operation) => [operation.name, measure(operation)]));
    // The figures gateway/README.md quotes; printed so a change to the web app shows up here.
    console.info('web app operations measured against the limits', figures);
    const heaviest = (key: keyof (typeof figures)[string]) => Math.max(...Object.values(figures).map((figure) => figure[key]));
    expect(heaviest('depth')).toBeLessThanOrEqual(defaultOperationLimits.maxDepth / 2);
    expect(heaviest('aliases')).toBeLessThanOrEqual(defaultOperationLimits.maxAliases / 2);
    expect(heaviest('rootFields')).toBeLessThanOrEqual(defaultOperationLimits.maxRootFields / 2);
    expect(heaviest('tokens')).toBeLessThanOrEqual(defaultOperationLimits.maxTokens / 2);
    expect(heaviest('cost')).toBeLessThanOrEqual(defaultOperationLimits.maxCost / 2);
  });

  it('are answered by the gateway with its limits on', async () => {
    const byName = new Map(operations.map((operation) => [operation.name, operation]));
    const member = platform.member;
    const invitee = await platform.signUp();
    const admin = await signInAccount(platform.gatewayUrl, platform.admin.email, platform.admin.password);
    const partnership = await registerPartnership(member.graphql);
    const as =
      (client: typeof member.graphql) =>
      (name: string, variables: Record<string, unknown> = {}) =>
        client(byName.get(name)!.query, variables).then(dataOf);
    const anonymous = as(platform.graphql);
    const run = as(member.graphql);

    expect((await anonymous('PARTNERSHIP_LIST_QUERY', { filter: {}, first: 20, after: null })).partnerships.totalCount).toBeGreaterThan(0);
    expect((await anonymous('PARTNERSHIP_COUNTS_BY_COUNTRY_QUERY', { filter: {} })).partnershipCountsByCountry).toContainEqual({
      country: 'KEN',
      partnershipCount: 1,
    });
    expect((await anonymous('ORGANIZATION_SEARCH_QUERY', { search: 'a' })).organizations).toBeDefined();
    const detail = (await run('PARTNERSHIP_DETAIL_QUERY', { slug: partnership.slug })).partnershipBySlug;
    expect(detail).toMatchObject({ id: partnership.id, viewerCanEdit: true, viewerIsMember: true, memberCount: 1, contacts: [] });
    const editable = (await run('EDIT_PARTNERSHIP_QUERY', { slug: partnership.slug })).partnershipBySlug;
    expect(editable).toMatchObject({ id: partnership.id, viewerCanEdit: true, version: 1, contacts: [] });
    const changed = await run('CHANGE_PHASE_MUTATION', { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN' } });
    expect(changed.changePhase.partnership.phase).toBe('DESIGN');
    const input = {
      ...registrationInput(),
      phase: 'INITIATION',
      regions: [],
      objectives: [],
      stakeholders: [],
      contacts: [{ name: 'Amina Njoroge', email: 'amina@example.org' }],
    };
    expect((await run('REGISTER_PARTNERSHIP_MUTATION', { input })).registerPartnership.partnership.slug).toBeTruthy();
    const history = await anonymous('CHANGE_HISTORY_QUERY', { id: partnership.id, first: 10, after: null });
    expect(history.partnership.changeHistory.edges.map((edge: any) => edge.node.action)).toEqual(['changePhase', 'registerPartnership']);

    // The health check: the section, a member's self-assessment and its page, the overview and one cell's partnerships.
    expect((await anonymous('PARTNERSHIP_HEALTH_QUERY', { id: partnership.id })).partnership.health.factors).toHaveLength(18);
    const assessed = await run('SUBMIT_SELF_ASSESSMENT_MUTATION', {
      input: { partnershipId: partnership.id, scores: [{ factor: 'TRUST', score: 4, note: 'We meet monthly' }] },
    });
    expect(assessed.submitSelfAssessment.selfAssessment.id).toBeTruthy();
    expect((await anonymous('SELF_ASSESSMENT_PAGE_QUERY', { slug: partnership.slug })).partnershipBySlug.selfAssessments.edges[0].node.scores).toEqual([
      { factor: 'TRUST', score: 4, note: 'We meet monthly' },
    ]);
    expect((await anonymous('HEALTH_OVERVIEW_QUERY', { filter: {}, groupBy: 'PHASE' })).healthOverview.groups).toBeDefined();
    const byHealth = await anonymous('PARTNERSHIPS_BY_HEALTH_QUERY', {
      factor: 'TRUST',
      statuses: ['WEAK', 'MISSING'],
      group: 'DESIGN',
      groupBy: 'PHASE',
      filter: {},
      first: 20,
    });
    expect(byHealth.partnershipsByHealth.totalCount).toBe(byHealth.partnershipsByHealth.edges.length);

    // Membership: invite, revoke, invite again, decline, invite, accept, remove.
    const invite = async () =>
      (await run('INVITE_MEMBER_MUTATION', { input: { partnershipId: partnership.id, email: invitee.email } })).invitePartnershipMember.invitation.id;
    const byInvitee = as(invitee.graphql);
    expect((await run('REVOKE_INVITATION_MUTATION', { input: { invitationId: await invite() } })).revokePartnershipInvitation.invitation.status).toBe(
      'REVOKED',
    );
    expect((await byInvitee('DECLINE_INVITATION_MUTATION', { input: { invitationId: await invite() } })).declinePartnershipInvitation.invitation.status).toBe(
      'DECLINED',
    );
    const invitationId = await invite();
    const waiting = (await byInvitee('VIEWER_ACCOUNT_QUERY')).viewer;
    expect(waiting.partnershipInvitations.map((invitation: any) => invitation.id)).toEqual([invitationId]);
    expect((await byInvitee('ACCEPT_INVITATION_MUTATION', { input: { invitationId } })).acceptPartnershipInvitation.partnership.id).toBe(partnership.id);
    expect((await byInvitee('VIEWER_ACCOUNT_QUERY')).viewer.partnershipMemberships.map((item: any) => item.id)).toEqual([partnership.id]);
    const removed = await run('REMOVE_MEMBER_MUTATION', { input: { partnershipId: partnership.id, accountId: invitee.id } });
    expect(removed.removePartnershipMember.removedAccountId).toBe(invitee.id);

    // Accounts: sign up and in, renew, sign out; curators for the administrator.
    const signedUp = (await anonymous('SIGN_UP_MUTATION', { input: { email: `web-${Date.now()}@example.org`, password: 'long enough password', name: 'Web' } }))
      .signUp;
    expect(signedUp.viewer.name).toBe('Web');
    const signedIn = (await anonymous('SIGN_IN_MUTATION', { input: { email: invitee.email, password: invitee.password } })).signIn;
    expect(signedIn.viewer.id).toBe(invitee.id);
    expect((await run('RENEW_TOKEN_MUTATION')).renewToken.viewer.id).toBe(member.id);
    const byAdmin = as(admin.graphql);
    expect(
      (await byAdmin('APPOINT_CURATOR_MUTATION', { input: { email: invitee.email, countries: ['KEN'] } })).appointCurator.account.curatorCountries,
    ).toEqual(['KEN']);
    expect((await byAdmin('CURATORS_QUERY')).curators.map((curator: any) => curator.id)).toContain(invitee.id);
    const dismissed = await byAdmin('DISMISS_CURATOR_MUTATION', { input: { accountId: invitee.id, countries: ['KEN'] } });
    expect(dismissed.dismissCurator.account.curatorCountries).toEqual([]);
    expect((await byInvitee('SIGN_OUT_MUTATION')).signOut.signedOut).toBe(true);
  });
});
