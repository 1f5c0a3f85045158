import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdentity, ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { ACCEPT, addMember, INVITE, invite, registerPartnership } from '../support/builders.js';
import { databaseSnapshot } from '../support/database-snapshot.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

const MEMBERSHIP = `query($id: ID!) { partnership(id: $id) {
  memberCount viewerIsMember viewerCanEdit
  members { account { id } invitedBy { id } joinedAt }
  pendingInvitations { id email status invitedBy { id } }
} }`;
const ACCOUNT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account {
  id partnershipMemberships { id } partnershipInvitations { id email partnership { id } }
} } }`;
const REMOVE = `mutation($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { removedAccountId partnership { memberCount } } }`;
const DECLINE = `mutation($input: DeclinePartnershipInvitationInput!) { declinePartnershipInvitation(input: $input) { invitation { status respondedAt } } }`;
const REVOKE = `mutation($input: RevokePartnershipInvitationInput!) { revokePartnershipInvitation(input: $input) { invitation { status } } }`;

const membershipAs = async (who: GatewayIdentity, id: string) => dataOf(await api.call(who, MEMBERSHIP, { id })).partnership;
const accountAs = (who: GatewayIdentity, accountId: string) => api.call(who, ACCOUNT, { reps: [{ __typename: 'Account', id: accountId }] });

describe('invitations', () => {
  it('lets the account signed in with the invited address join, whatever the case of the address', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member);
    const invitee = accountIdentity('invitee-case', { email: 'Ama.Mensah@Example.org' });
    const invited = dataOf(await api.call(member, INVITE, { input: { partnershipId: partnership.id, email: '  AMA.mensah@example.ORG ' } }));
    expect(invited.invitePartnershipMember.invitation).toMatchObject({ email: 'ama.mensah@example.org', status: 'PENDING' });
    const invitationId = invited.invitePartnershipMember.invitation.id;

    expect((await membershipAs(member, partnership.id)).pendingInvitations).toEqual([
      { id: invitationId, email: 'ama.mensah@example.org', status: 'PENDING', invitedBy: { id: member.accountId } },
    ]);
    const ownInvitations = dataOf(await accountAs(invitee, invitee.accountId!))._entities[0];
    expect(ownInvitations).toEqual({
      id: invitee.accountId,
      partnershipMemberships: [],
      partnershipInvitations: [{ id: invitationId, email: 'ama.mensah@example.org', partnership: { id: partnership.id } }],
    });

    const accepted = dataOf(await api.call(invitee, ACCEPT, { input: { invitationId } })).acceptPartnershipInvitation;
    expect(accepted).toEqual({ invitation: { id: invitationId, status: 'ACCEPTED' }, partnership: { id: partnership.id, memberCount: 2 } });
    const seenByInvitee = await membershipAs(invitee, partnership.id);
    expect(seenByInvitee).toMatchObject({ memberCount: 2, viewerIsMember: true, viewerCanEdit: true, pendingInvitations: [] });
    expect(seenByInvitee.members.map((m: { account: { id: string }; invitedBy: { id: string } | null }) => [m.account.id, m.invitedBy?.id ?? null])).toEqual([
      [member.accountId, null],
      [invitee.accountId, member.accountId],
    ]);
    const afterwards = dataOf(await accountAs(invitee, invitee.accountId!))._entities[0];
    expect(afterwards).toMatchObject({ partnershipMemberships: [{ id: partnership.id }], partnershipInvitations: [] });
  });

  it('refuses an account signed in with another address, and accepting twice, changing nothing', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member);
    const invitee = newAccount();
    const invitationId = await invite(api, member, partnership.id, invitee.email!);

    const before = await databaseSnapshot(api.db);
    const wrongAddress = errorOf(await api.call(newAccount(), ACCEPT, { input: { invitationId } }));
    expect(wrongAddress.code).toBe('FORBIDDEN');
    const noAddress = errorOf(await api.call(accountIdentity('no-email'), ACCEPT, { input: { invitationId } }));
    expect(noAddress.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(api.db)).toEqual(before);

    dataOf(await api.call(invitee, ACCEPT, { input: { invitationId } }));
    const afterAccepting = await databaseSnapshot(api.db);
    const twice = errorOf(await api.call(invitee, ACCEPT, { input: { invitationId } }));
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitationId' });
    expect(await databaseSnapshot(api.db)).toEqual(afterAccepting);
  });

  it('refuses inviting a member’s address or an address with a pending invitation', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member);
    const pending = newAccount();
    await invite(api, member, partnership.id, pending.email!);
    const before = await databaseSnapshot(api.db);

    const ownAddress = errorOf(await api.call(member, INVITE, { input: { partnershipId: partnership.id, email: member.email!.toUpperCase() } }));
    expect(ownAddress).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const again = errorOf(await api.call(member, INVITE, { input: { partnershipId: partnership.id, email: pending.email } }));
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect(await databaseSnapshot(api.db)).toEqual(before);
  });

  it('lets the invitee decline and a member revoke; neither can be accepted afterwards', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member);
    const declining = newAccount();
    const declined = await invite(api, member, partnership.id, declining.email!);
    const revokedFor = newAccount();
    const revoked = await invite(api, member, partnership.id, revokedFor.email!);

    expect(dataOf(await api.call(declining, DECLINE, { input: { invitationId: declined } })).declinePartnershipInvitation.invitation).toMatchObject({
      status: 'DECLINED',
      respondedAt: expect.any(String),
    });
    expect(dataOf(await api.call(member, REVOKE, { input: { invitationId: revoked } })).revokePartnershipInvitation.invitation.status).toBe('REVOKED');
    expect(errorOf(await api.call(declining, ACCEPT, { input: { invitationId: declined } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.invitationId',
    });
    expect(errorOf(await api.call(revokedFor, ACCEPT, { input: { invitationId: revoked } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.invitationId',
    });
    expect(errorOf(await api.call(member, REVOKE, { input: { invitationId: revoked } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.invitationId',
    });
    expect((await membershipAs(member, partnership.id)).pendingInvitations).toEqual([]);
  });

  it('answers NOT_FOUND for an invitation that does not exist', async () => {
    for (const invitationId of ['3f1c7e52-9d0a-4b8e-8f63-2a5d1c9e7b40', 'not-an-id']) {
      expect(errorOf(await api.call(newAccount(), ACCEPT, { input: { invitationId } })).code).toBe('NOT_FOUND');
    }
  });
});

describe('removing members', () => {
  it('lets a member remove another member and then themself, but never the last member', async () => {
    const first = newAccount();
    const partnership = await registerPartnership(api, first);
    const second = newAccount();
    const third = newAccount();
    await addMember(api, first, partnership.id, second);
    await addMember(api, first, partnership.id, third);

    const removed = dataOf(await api.call(first, REMOVE, { input: { partnershipId: partnership.id, accountId: second.accountId } }));
    expect(removed.removePartnershipMember).toEqual({ removedAccountId: second.accountId, partnership: { memberCount: 2 } });
    expect((await membershipAs(second, partnership.id)).viewerIsMember).toBe(false);
    dataOf(await api.call(first, REMOVE, { input: { partnershipId: partnership.id, accountId: first.accountId } }));
    expect((await membershipAs(third, partnership.id)).members.map((m: { account: { id: string } }) => m.account.id)).toEqual([third.accountId]);

    const before = await databaseSnapshot(api.db);
    const last = errorOf(await api.call(third, REMOVE, { input: { partnershipId: partnership.id, accountId: third.accountId } }));
    expect(last).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountId' });
    const stranger = errorOf(await api.call(third, REMOVE, { input: { partnershipId: partnership.id, accountId: first.accountId } }));
    expect(stranger).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountId' });
    expect(await databaseSnapshot(api.db)).toEqual(before);
  });
});

describe('concurrent membership changes', () => {
  it('lets only one of two members who remove each other at the same moment succeed', async () => {
    const first = newAccount();
    const partnership = await registerPartnership(api, first);
    const second = newAccount();
    await addMember(api, first, partnership.id, second);
    const results = await Promise.all([
      api.call(first, REMOVE, { input: { partnershipId: partnership.id, accountId: second.accountId } }),
      api.call(second, REMOVE, { input: { partnershipId: partnership.id, accountId: first.accountId } }),
    ]);
    // The second to take the partnership's lock is no member any more.
    expect(results.map((result) => (result.errors ? errorOf(result).code : 'REMOVED')).sort()).toEqual(['FORBIDDEN', 'REMOVED']);
    expect((await membershipAs(first, partnership.id)).memberCount).toBe(1);
  });
});

describe('membership fields', () => {
  it('shows members to members and curators of the partnership’s countries, the count to everyone', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member, { countries: ['KEN', 'TZA'] });
    const expected: [string, GatewayIdentity, { members: boolean; canEdit: boolean; isMember: boolean; invitations: boolean }][] = [
      ['member', member, { members: true, canEdit: true, isMember: true, invitations: true }],
      ['curator of TZA', newAccount({ curatorCountries: ['TZA'] }), { members: true, canEdit: true, isMember: false, invitations: false }],
      ['curator of UGA', newAccount({ curatorCountries: ['UGA'] }), { members: false, canEdit: false, isMember: false, invitations: false }],
      ['admin', newAccount({ admin: true }), { members: false, canEdit: false, isMember: false, invitations: false }],
      ['outsider', newAccount(), { members: false, canEdit: false, isMember: false, invitations: false }],
      ['anonymous', ANONYMOUS, { members: false, canEdit: false, isMember: false, invitations: false }],
    ];
    for (const [role, who, sees] of expected) {
      const seen = await membershipAs(who, partnership.id);
      expect({ role, ...seen, members: seen.members !== null, invitations: seen.pendingInvitations !== null }).toMatchObject({
        role,
        memberCount: 1,
        viewerIsMember: sees.isMember,
        viewerCanEdit: sees.canEdit,
        members: sees.members,
        invitations: sees.invitations,
      });
    }
  });

  it('keeps an account’s memberships and invitations to the account itself', async () => {
    const member = newAccount();
    await registerPartnership(api, member);
    for (const other of [newAccount(), newAccount({ admin: true }), ANONYMOUS]) {
      const response = await accountAs(other, member.accountId!);
      expect(errorOf(response).code).toBe('FORBIDDEN');
    }
    const own = dataOf(await accountAs(member, member.accountId!))._entities[0];
    expect(own.partnershipMemberships).toHaveLength(1);
  });
});
