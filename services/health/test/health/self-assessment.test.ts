import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { parseEvent } from '@msp-atlas/event-contracts';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents, readEvents } from '@msp-atlas/events';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, waitFor } from '@msp-atlas/test-harness';
import { today } from '../../src/domain/clock.js';
import { loadLatestSelfScores } from '../../src/self-assessment/latest-self-scores.js';
import { newAccount } from '../support/accounts.js';
import { consume, registerByEvent } from '../support/registry-events.js';
import { startTestSubgraph, type TestSubgraph } from '../support/test-subgraph.js';

// Self-assessments are the health service's records; who may submit one (the members,
// administrators) and the partnership's registration come from the registry's events.

let api: TestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph();
});
afterAll(() => api?.close());

const SUBMIT = `mutation($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) {
  selfAssessment { id assessedOn submittedAt scores { factor score note } } partnership { id }
} }`;
const HISTORY = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on Partnership { id
  selfAssessments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id assessedOn scores { factor score note } } } }
} } }`;

const submit = (who: GatewayIdentity, input: Record<string, unknown>) => api.call(who, SUBMIT, { input });
const historyOf = async (id: string, page: { first?: number; after?: string } = {}) =>
  dataOf(await api.call(ANONYMOUS, HISTORY, { r: [{ __typename: 'Partnership', id }], ...page }))._entities[0].selfAssessments;
const thisYear = Number(today().slice(0, 4));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A partnership its registrant has just registered, as the health service has taken it in. */
async function registeredBy(member: GatewayIdentity) {
  const partnership = await registerByEvent(api, { registrantAccountId: member.accountId });
  await consume(api);
  return partnership;
}

/** Row counts of the self-assessments and of the events: equal before and after a refusal, it changed nothing. */
async function snapshot() {
  const { rows } = await sql<{ assessments: string; scores: string; events: string }>`
    select (select count(*) from self_assessments)::text as assessments, (select count(*) from self_assessment_scores)::text as scores,
      (select count(*) from event_log.events)::text as events`.execute(api.db);
  return rows[0];
}

describe('submitSelfAssessment', () => {
  it("records a member's scores with an event", async () => {
    const member = newAccount();
    const partnership = await registeredBy(member);
    const submitted = dataOf(
      await submit(member, {
        partnershipId: partnership.id,
        assessedOn: daysAgo(30),
        scores: [
          { factor: 'TRUST', score: 4, note: '  We talk openly  ' },
          { factor: 'SECRETARIAT', score: 1 },
        ],
      }),
    ).submitSelfAssessment;
    expect(submitted.partnership).toEqual({ id: partnership.id });
    expect(submitted.selfAssessment).toMatchObject({
      assessedOn: daysAgo(30),
      scores: [
        { factor: 'TRUST', score: 4, note: 'We talk openly' },
        { factor: 'SECRETARIAT', score: 1, note: '' },
      ],
    });

    const read = await historyOf(partnership.id);
    expect(read.totalCount).toBe(1);
    expect(read.edges[0].node).toEqual({ id: submitted.selfAssessment.id, assessedOn: daysAgo(30), scores: submitted.selfAssessment.scores });

    // Readers may see it a moment later: another test's open transaction can hold it back briefly.
    let event: ReturnType<typeof parseEvent> | undefined;
    await waitFor(async () => {
      const { events } = await readEvents(api.db, null, 1_000);
      event = events.map(parseEvent).find((stored) => stored.type === 'SelfAssessmentSubmitted' && stored.aggregateId === submitted.selfAssessment.id);
      return event !== undefined;
    });
    expect(event).toMatchObject({
      aggregateType: 'SelfAssessment',
      aggregateVersion: 1,
      payload: {
        selfAssessmentId: submitted.selfAssessment.id,
        partnershipId: partnership.id,
        assessedOn: daysAgo(30),
        scores: [
          { factor: 'TRUST', score: 4 },
          { factor: 'SECRETARIAT', score: 1 },
        ],
      },
    });
  });

  it('lists them newest first by date assessed, page by page, and the latest score per factor wins', async () => {
    const member = newAccount();
    const admin = newAccount({ admin: true });
    const { id } = await registeredBy(member);
    await submit(member, {
      partnershipId: id,
      assessedOn: daysAgo(20),
      scores: [
        { factor: 'TRUST', score: 2 },
        { factor: 'LEARNING', score: 5 },
      ],
    });
    // Submitted later but dated earlier: history, not the latest view.
    await submit(member, { partnershipId: id, assessedOn: daysAgo(40), scores: [{ factor: 'TRUST', score: 5 }] });
    dataOf(await submit(admin, { partnershipId: id, assessedOn: today(), scores: [{ factor: 'TRUST', score: 3, note: 'After the audit' }] }));

    const first = await historyOf(id, { first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await historyOf(id, { first: 2, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((edge: any) => edge.node.assessedOn)).toEqual([today(), daysAgo(20), daysAgo(40)].sort().reverse());
    expect(second.pageInfo.hasNextPage).toBe(false);

    const latest = await loadLatestSelfScores(api.db, [id, '00000000-0000-4000-8000-000000000000']);
    expect(latest.get(id)).toEqual({
      TRUST: { score: 3, note: 'After the audit', assessedOn: today() },
      LEARNING: { score: 5, note: '', assessedOn: daysAgo(20) },
    });
    expect(latest.get('00000000-0000-4000-8000-000000000000')).toEqual({});
  });

  it('refuses callers who are not members, bad scores and dates, and unknown partnerships, changing nothing', async () => {
    const member = newAccount();
    const { id } = await registeredBy(member);
    const valid = { partnershipId: id, scores: [{ factor: 'TRUST', score: 3 }] };
    const cases: [string, GatewayIdentity, Record<string, unknown>, string, string?][] = [
      ['anonymous', ANONYMOUS, valid, 'UNAUTHENTICATED'],
      ['a non-member', newAccount(), valid, 'FORBIDDEN'],
      ["a curator of the partnership's country", newAccount({ curatorCountries: ['KEN'] }), valid, 'FORBIDDEN'],
      ['an unknown partnership', member, { ...valid, partnershipId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['a score of 6', member, { ...valid, scores: [{ factor: 'TRUST', score: 6 }] }, 'BAD_USER_INPUT', 'input.scores[0].score'],
      [
        'a score of 0',
        member,
        {
          ...valid,
          scores: [
            { factor: 'LEARNING', score: 4 },
            { factor: 'TRUST', score: 0 },
          ],
        },
        'BAD_USER_INPUT',
        'input.scores[1].score',
      ],
      [
        'a factor twice',
        member,
        {
          ...valid,
          scores: [
            { factor: 'TRUST', score: 3 },
            { factor: 'TRUST', score: 4 },
          ],
        },
        'BAD_USER_INPUT',
        'input.scores[1].factor',
      ],
      ['no scores', member, { ...valid, scores: [] }, 'BAD_USER_INPUT', 'input.scores'],
      ['an overlong note', member, { ...valid, scores: [{ factor: 'TRUST', score: 3, note: 'x'.repeat(2_001) }] }, 'BAD_USER_INPUT', 'input.scores[0].note'],
      ['a date in the future', member, { ...valid, assessedOn: `${thisYear + 1}-12-31` }, 'BAD_USER_INPUT', 'input.assessedOn'],
      ['a date long before the registration', member, { ...valid, assessedOn: `${thisYear - 2}-12-31` }, 'BAD_USER_INPUT', 'input.assessedOn'],
    ];
    const before = await snapshot();
    for (const [name, who, input, code, field] of cases) {
      const error = errorOf(await submit(who, input));
      expect({ name, code: error.code, field: error.field }).toEqual({ name, code, field });
    }
    expect(await snapshot()).toEqual(before);
    // The earliest date allowed: 1 January of the year before the registration.
    dataOf(await submit(member, { ...valid, assessedOn: `${thisYear - 1}-01-01` }));
  });

  it('lets members who joined by invitation assess, until they are removed', async () => {
    const member = newAccount();
    const newcomer = newAccount();
    const { id } = await registeredBy(member);
    const valid = { partnershipId: id, scores: [{ factor: 'TRUST', score: 4 }] };
    expect(errorOf(await submit(newcomer, valid)).code).toBe('FORBIDDEN');
    await appendEvents(api.db, 'partnerships', [
      fixtureEvent(
        'PartnershipInvitationAccepted',
        { invitationId: crypto.randomUUID(), accountId: newcomer.accountId! },
        { aggregateId: id, aggregateVersion: 2 },
      ),
    ]);
    await consume(api);
    dataOf(await submit(newcomer, valid));
    await appendEvents(api.db, 'partnerships', [
      fixtureEvent('PartnershipMemberRemoved', { accountId: newcomer.accountId! }, { aggregateId: id, aggregateVersion: 3 }),
    ]);
    await consume(api);
    expect(errorOf(await submit(newcomer, valid)).code).toBe('FORBIDDEN');
  });
});
