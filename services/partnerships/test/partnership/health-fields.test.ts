import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvent } from '@msp-atlas/event-contracts';
import { readEvents } from '@msp-atlas/events';
import { dataOf, errorOf, startTestSubgraph, waitFor } from '@msp-atlas/test-harness';
import { today } from '../../src/domain/clock.js';
import { newAccount } from '../support/accounts.js';
import { REGISTER, registerPartnership, registrationInput } from '../support/builders.js';
import { databaseSnapshot } from '../support/database-snapshot.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

// problemStatement, continuationPlan and lastEvaluatedOn: the record fields the health check reads.

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

const FIELDS = 'id version problemStatement continuationPlan lastEvaluatedOn';
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { ${FIELDS} } } }`;
const READ = `query($id: ID!) { partnership(id: $id) { ${FIELDS} changeHistory(first: 5) { edges { node { action changes { field oldValue newValue } } } } } }`;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** The snapshots of the partnership's events, once readers see `count` of them (another test's open transaction can hold some back briefly). */
async function snapshotsOf(partnershipId: string, count: number) {
  let snapshots: any[] = [];
  await waitFor(async () => {
    const { events } = await readEvents(api.db, null, 1_000);
    snapshots = events.filter((event) => event.aggregateId === partnershipId).map((event) => (parseEvent(event).payload as any).partnership);
    return snapshots.length >= count;
  });
  return snapshots;
}

describe('the health fields of a partnership', () => {
  it('are registered, updated, published in events and recorded in the change history', async () => {
    const member = newAccount();
    const registered = dataOf(
      await api.call(member, REGISTER.replace('id version', `${FIELDS}`), {
        input: registrationInput({ problemStatement: '  Villages lack safe water  ', lastEvaluatedOn: '2026-01-31' }),
      }),
    ).registerPartnership.partnership;
    expect(registered).toMatchObject({ problemStatement: 'Villages lack safe water', continuationPlan: null, lastEvaluatedOn: '2026-01-31' });

    const updated = dataOf(
      await api.call(member, UPDATE, {
        input: { id: registered.id, expectedVersion: 1, continuationPlan: 'Hand the wells to the county', problemStatement: ' ' },
      }),
    ).updatePartnership.partnership;
    expect(updated).toMatchObject({ version: 2, problemStatement: null, continuationPlan: 'Hand the wells to the county', lastEvaluatedOn: '2026-01-31' });

    const read = dataOf(await api.call(member, READ, { id: registered.id })).partnership;
    const [update, registration] = read.changeHistory.edges.map((edge: any) => edge.node);
    expect(update.changes).toEqual([
      { field: 'problemStatement', oldValue: 'Villages lack safe water', newValue: null },
      { field: 'continuationPlan', oldValue: null, newValue: 'Hand the wells to the county' },
    ]);
    expect(registration.changes.map((change: any) => change.field)).toEqual(expect.arrayContaining(['problemStatement', 'lastEvaluatedOn']));
    expect(registration.changes.map((change: any) => change.field)).not.toContain('continuationPlan');

    const snapshots = await snapshotsOf(registered.id, 2);
    expect(snapshots.map((snapshot) => [snapshot.problemStatement, snapshot.continuationPlan, snapshot.lastEvaluatedOn])).toEqual([
      ['Villages lack safe water', null, '2026-01-31'],
      [null, 'Hand the wells to the county', '2026-01-31'],
    ]);
  });

  it('read as none recorded from events written before they existed', async () => {
    const { partnershipSnapshot } = await import('@msp-atlas/event-contracts');
    const old = {
      id: '00000000-0000-4000-8000-000000000001',
      slug: 'old',
      name: 'Old',
      summary: '',
      description: '',
      phase: 'DESIGN',
      status: 'ACTIVE',
      scope: 'NATIONAL',
      countries: ['KEN'],
      regions: [],
      sectors: [],
      sdgTargets: [],
      startDate: null,
      endDate: null,
      isDemo: false,
      stakeholders: [],
    };
    expect(partnershipSnapshot.parse(old)).toMatchObject({ problemStatement: null, continuationPlan: null, lastEvaluatedOn: null });
  });

  it.each([
    ['an overlong problem statement', { problemStatement: 'x'.repeat(5_001) }, 'input.problemStatement'],
    ['an overlong continuation plan', { continuationPlan: 'x'.repeat(5_001) }, 'input.continuationPlan'],
    ['an evaluation in the future', { lastEvaluatedOn: 'tomorrow' }, 'input.lastEvaluatedOn'],
  ])('refuse %s, in a registration and an update, changing nothing', async (_name, fields, field) => {
    const member = newAccount();
    const { id } = await registerPartnership(api, member);
    const input = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === 'tomorrow' ? tomorrow() : value]));
    const before = await databaseSnapshot(api.db);
    const refusals = [
      errorOf(await api.call(member, REGISTER, { input: registrationInput(input) })),
      errorOf(await api.call(member, UPDATE, { input: { id, expectedVersion: 1, ...input } })),
    ];
    for (const error of refusals) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseSnapshot(api.db)).toEqual(before);
  });

  it('accept an evaluation dated today and exactly 5,000 characters', async () => {
    const member = newAccount();
    const { id } = await registerPartnership(api, member);
    const updated = dataOf(await api.call(member, UPDATE, { input: { id, expectedVersion: 1, lastEvaluatedOn: today(), continuationPlan: 'y'.repeat(5_000) } }))
      .updatePartnership.partnership;
    expect(updated.lastEvaluatedOn).toBe(today());
    expect(updated.continuationPlan).toHaveLength(5_000);
  });
});
