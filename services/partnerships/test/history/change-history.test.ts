import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { ACCEPT, invite, registerPartnership } from '../support/builders.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

const HISTORY = `query($id: ID!, $first: Int, $after: String) { partnership(id: $id) { changeHistory(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { recordVersion action occurredAt actor { id } changes { field oldValue newValue redacted } } }
} } }`;

const call = async (who: GatewayIdentity, query: string, input: Record<string, unknown>) => dataOf(await api.call(who, query, { input }));
const historyAs = async (who: GatewayIdentity, id: string, first = 50, after: string | null = null) =>
  dataOf(await api.call(who, HISTORY, { id, first, after })).partnership.changeHistory;
const nodesOf = (history: { edges: { node: any }[] }) => history.edges.map((edge) => edge.node);

const contact = { name: 'Wanjiru Kamau', email: 'wanjiru.kamau@example.org', phone: null, role: null };

/** A partnership taken through every kind of change, by a member and a curator; records are newest first. */
async function partnershipWithHistory() {
  const member = newAccount();
  const curator = newAccount({ curatorCountries: ['KEN'] });
  const started = new Date();
  const partnership = await registerPartnership(api, member, {
    summary: 'Safe drinking water for rural districts',
    contacts: [contact],
    milestones: [{ title: 'Baseline survey' }],
    stakeholders: [{ organization: { name: 'Water Trust', type: 'PHILANTHROPY' }, roles: ['FUNDER'], commitment: 'Funds wells' }],
    indicators: [{ name: 'Households served' }],
  });
  const organizationId = partnership.stakeholders[0]!.organization.id;
  await call(member, `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }`, {
    id: partnership.id,
    expectedVersion: 1,
    name: 'Clean Water Kenya',
    countries: ['KEN', 'TZA'],
    summary: 'Safe drinking water for rural districts',
    milestones: [{ title: 'Baseline survey' }, { title: 'First wells', dueOn: '2027-03-01' }],
    contacts: [],
  });
  await call(curator, `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { id } } }`, {
    partnershipId: partnership.id,
    expectedVersion: 2,
    phase: 'DESIGN',
  });
  await call(member, `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { stakeholder { id } } }`, {
    stakeholderId: partnership.stakeholders[0]!.id,
    roles: ['FUNDER', 'CORE_GROUP'],
    contributions: [{ kind: 'FINANCIAL', amount: 5000, currency: 'EUR' }],
  });
  await call(member, `mutation($input: RemoveStakeholderInput!) { removeStakeholder(input: $input) { removedStakeholderId } }`, {
    stakeholderId: partnership.stakeholders[0]!.id,
  });
  await call(member, `mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } } }`, {
    partnershipId: partnership.id,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    reportedOn: '2026-07-15',
    summary: 'Wells dug',
    indicatorValues: [{ indicatorId: partnership.indicators[0]!.id, value: 40 }],
  });
  const newcomer = newAccount();
  const invitationId = await invite(api, member, partnership.id, newcomer.email!);
  await call(newcomer, ACCEPT, { invitationId });
  await call(member, `mutation($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { removedAccountId } }`, {
    partnershipId: partnership.id,
    accountId: newcomer.accountId,
  });
  return { partnership, member, curator, newcomer, invitationId, organizationId, started };
}

describe('change history', () => {
  it('records who changed what, when, with old and new values, newest first', async () => {
    const h = await partnershipWithHistory();
    const history = await historyAs(h.member, h.partnership.id);
    const records = nodesOf(history).reverse();
    expect(history.totalCount).toBe(9);
    expect(records.map((record) => [record.action, record.recordVersion, record.actor?.id])).toEqual([
      ['registerPartnership', 1, h.member.accountId],
      ['updatePartnership', 2, h.member.accountId],
      ['changePhase', 3, h.curator.accountId],
      ['updateStakeholder', 4, h.member.accountId],
      ['removeStakeholder', 5, h.member.accountId],
      ['submitProgressReport', 6, h.member.accountId],
      // Membership changes move the version on too: every change has one.
      ['invitePartnershipMember', 7, h.member.accountId],
      ['acceptPartnershipInvitation', 8, h.newcomer.accountId],
      ['removePartnershipMember', 9, h.member.accountId],
    ]);
    const times = records.map((record) => Date.parse(record.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(h.started.getTime() - 1_000);
    expect(records.every((record) => record.changes.every((change: { redacted: boolean }) => !change.redacted))).toBe(true);

    const [registered, updated, phase, stakeholderUpdated, stakeholderRemoved, report, invited, accepted, removed] = records;
    const stakeholderField = `stakeholders[${h.organizationId}]`;
    expect(registered.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', oldValue: null, newValue: expect.stringMatching(/^Test Partnership/), redacted: false },
        { field: 'countries', oldValue: null, newValue: ['KEN'], redacted: false },
        { field: 'contacts', oldValue: null, newValue: [contact], redacted: false },
        { field: stakeholderField, oldValue: null, newValue: { roles: ['FUNDER'], commitment: 'Funds wells', contributions: [] }, redacted: false },
        { field: 'members', oldValue: null, newValue: [h.member.accountId], redacted: false },
      ]),
    );
    expect(registered.changes.map((change: { field: string }) => change.field)).not.toContain('website');
    // Unchanged fields (the summary was given again as it was) are left out.
    expect(updated.changes).toEqual([
      { field: 'name', oldValue: expect.stringMatching(/^Test Partnership/), newValue: 'Clean Water Kenya', redacted: false },
      { field: 'countries', oldValue: ['KEN'], newValue: ['KEN', 'TZA'], redacted: false },
      {
        field: 'milestones',
        oldValue: [{ title: 'Baseline survey', dueOn: null, status: 'PLANNED' }],
        newValue: [
          { title: 'Baseline survey', dueOn: null, status: 'PLANNED' },
          { title: 'First wells', dueOn: '2027-03-01', status: 'PLANNED' },
        ],
        redacted: false,
      },
      { field: 'contacts', oldValue: [contact], newValue: [], redacted: false },
    ]);
    expect(phase.changes).toEqual([{ field: 'phase', oldValue: 'INITIATION', newValue: 'DESIGN', redacted: false }]);
    expect(stakeholderUpdated.changes).toEqual([
      {
        field: stakeholderField,
        oldValue: { roles: ['FUNDER'], commitment: 'Funds wells', contributions: [] },
        newValue: {
          roles: ['FUNDER', 'CORE_GROUP'],
          commitment: 'Funds wells',
          contributions: [{ kind: 'FINANCIAL', description: '', amount: 5000, currency: 'EUR', personDays: null }],
        },
        redacted: false,
      },
    ]);
    expect(stakeholderRemoved.changes).toEqual([
      { field: stakeholderField, oldValue: stakeholderUpdated.changes[0].newValue, newValue: null, redacted: false },
    ]);
    expect(report.changes).toEqual([
      {
        field: expect.stringMatching(/^progressReports\[/),
        oldValue: null,
        newValue: {
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          reportedOn: '2026-07-15',
          summary: 'Wells dug',
          indicatorValues: [{ indicatorId: h.partnership.indicators[0]!.id, value: 40 }],
        },
        redacted: false,
      },
    ]);
    const invitationField = `invitations[${h.invitationId}]`;
    expect(invited.changes).toEqual([{ field: invitationField, oldValue: null, newValue: { email: h.newcomer.email, status: 'PENDING' }, redacted: false }]);
    expect(accepted.changes).toEqual([
      { field: 'members', oldValue: [h.member.accountId], newValue: [h.member.accountId, h.newcomer.accountId], redacted: false },
      {
        field: invitationField,
        oldValue: { email: h.newcomer.email, status: 'PENDING' },
        newValue: { email: h.newcomer.email, status: 'ACCEPTED' },
        redacted: false,
      },
    ]);
    expect(removed.changes).toEqual([
      { field: 'members', oldValue: [h.member.accountId, h.newcomer.accountId], newValue: [h.member.accountId], redacted: false },
    ]);
  });

  it('is public, with contacts and invitations redacted for non-members and the member list for all but members and curators', async () => {
    const h = await partnershipWithHistory();
    const redactedFields = async (who: GatewayIdentity) => {
      const records = nodesOf(await historyAs(who, h.partnership.id));
      const changes = records.flatMap((record) => record.changes);
      for (const change of changes.filter((c: { redacted: boolean }) => c.redacted)) {
        expect(change).toMatchObject({ oldValue: null, newValue: null });
      }
      expect(records).toHaveLength(9);
      return [...new Set(changes.filter((c: { redacted: boolean }) => c.redacted).map((c: { field: string }) => c.field.replace(/\[.*\]$/, '[]')))].sort();
    };
    expect(await redactedFields(h.member)).toEqual([]);
    expect(await redactedFields(h.curator)).toEqual(['contacts', 'invitations[]']);
    for (const outsider of [ANONYMOUS, newAccount(), newAccount({ admin: true }), newAccount({ curatorCountries: ['UGA'] })]) {
      expect(await redactedFields(outsider)).toEqual(['contacts', 'invitations[]', 'members']);
    }
    // What is public stays readable: the name change, the phase, the actors.
    const publicView = nodesOf(await historyAs(ANONYMOUS, h.partnership.id));
    expect(publicView.find((record) => record.action === 'changePhase')).toMatchObject({
      actor: { id: h.curator.accountId },
      changes: [{ field: 'phase', oldValue: 'INITIATION', newValue: 'DESIGN', redacted: false }],
    });
  });

  it('pages newest first with cursors', async () => {
    const h = await partnershipWithHistory();
    const all = nodesOf(await historyAs(h.member, h.partnership.id)).map((record) => record.action);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const history: any = await historyAs(h.member, h.partnership.id, 3, after);
      seen.push(...nodesOf(history).map((record) => record.action));
      if (!history.pageInfo.hasNextPage) break;
      after = history.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all[0]).toBe('removePartnershipMember');
  });
});
