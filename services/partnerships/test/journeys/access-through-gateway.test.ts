import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { registerPartnership, sharedPlatform, type SharedPlatform, type SignedUpAccount, signInAccount } from '@msp-atlas/gateway/testing';

// The rules live in the subgraphs (tested there role by role); this drives them end to
// end: real accounts, tokens, roles granted through the gateway and entities resolved
// across subgraphs.
let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const CONTACT = { name: 'Amina Odhiambo', email: 'amina.odhiambo@example.org', phone: '+254 20 123456', role: 'Coordinator' };
const VIEW = `query($id: ID!) { partnership(id: $id) {
  version viewerCanEdit viewerIsMember memberCount contacts { name email phone }
  members { account { id name } }
  changeHistory(first: 10) { totalCount edges { node { action recordVersion actor { id name } changes { field oldValue newValue redacted } } } }
} }`;
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { version name } } }`;
const INVITE = `mutation($input: InvitePartnershipMemberInput!) { invitePartnershipMember(input: $input) { invitation { id } } }`;
const ACCEPT = `mutation($input: AcceptPartnershipInvitationInput!) { acceptPartnershipInvitation(input: $input) { partnership { memberCount } } }`;

async function newPartnership(registrant: SignedUpAccount, countries = ['KEN']) {
  return registerPartnership(registrant.graphql, { countries, contacts: [CONTACT] });
}

describe('partnership access through the gateway', () => {
  it('makes the registrant the first member, who sees contacts; others see the record without them', async () => {
    const registrant = await platform.signUp({ name: 'Registrant Rose' });
    const partnership = await newPartnership(registrant);
    const own = dataOf(await registrant.graphql(VIEW, { id: partnership.id })).partnership;
    expect(own).toMatchObject({
      viewerCanEdit: true,
      viewerIsMember: true,
      memberCount: 1,
      contacts: [{ name: CONTACT.name, email: CONTACT.email, phone: CONTACT.phone }],
    });
    expect(own.members).toEqual([{ account: { id: registrant.id, name: 'Registrant Rose' } }]);

    const outsider = await platform.signUp();
    for (const client of [platform.graphql, outsider.graphql]) {
      const seen = dataOf(await client(VIEW, { id: partnership.id })).partnership;
      expect(seen).toMatchObject({ viewerCanEdit: false, viewerIsMember: false, memberCount: 1, contacts: null, members: null });
      // The public history names who registered it (resolved by the accounts subgraph) and hides the contacts.
      const registration = seen.changeHistory.edges.at(-1).node;
      expect(registration).toMatchObject({ action: 'registerPartnership', recordVersion: 1, actor: { id: registrant.id, name: 'Registrant Rose' } });
      const contacts = registration.changes.find((change: { field: string }) => change.field === 'contacts');
      expect(contacts).toEqual({ field: 'contacts', oldValue: null, newValue: null, redacted: true });
      expect(JSON.stringify(seen)).not.toContain(CONTACT.email);
    }
  });

  it('refuses anonymous and outside edits, and records who made the allowed ones', async () => {
    const registrant = await platform.signUp();
    const outsider = await platform.signUp();
    const partnership = await newPartnership(registrant);
    const input = { id: partnership.id, expectedVersion: 1, name: 'Renamed by someone' };
    expect(errorOf(await platform.graphql(UPDATE, { input })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await outsider.graphql(UPDATE, { input })).code).toBe('FORBIDDEN');
    expect(dataOf(await registrant.graphql(UPDATE, { input: { ...input, name: 'Renamed by its member' } })).updatePartnership.partnership).toEqual({
      version: 2,
      name: 'Renamed by its member',
    });
    const history = dataOf(await platform.graphql(VIEW, { id: partnership.id })).partnership.changeHistory;
    expect(history.totalCount).toBe(2);
    expect(history.edges[0].node).toMatchObject({
      action: 'updatePartnership',
      recordVersion: 2,
      actor: { id: registrant.id },
      changes: [{ field: 'name', oldValue: partnership.name, newValue: 'Renamed by its member', redacted: false }],
    });
  });

  it('lets a curator appointed by the admin correct records of their country only', async () => {
    const registrant = await platform.signUp();
    const curator = await platform.signUp();
    const admin = await signInAccount(platform.gatewayUrl, platform.admin.email, platform.admin.password);
    const inKenya = await newPartnership(registrant, ['KEN']);
    const inGhana = await newPartnership(registrant, ['GHA']);
    const correct = (id: string) => curator.graphql(UPDATE, { input: { id, expectedVersion: 1, summary: 'Corrected by the national platform' } });

    expect(errorOf(await correct(inKenya.id)).code).toBe('FORBIDDEN');
    dataOf(
      await admin.graphql(`mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id } } }`, {
        input: { email: curator.email, countries: ['KEN'] },
      }),
    );
    // The curator's current token carries the new role from the next request on.
    expect(dataOf(await correct(inKenya.id)).updatePartnership.partnership.version).toBe(2);
    expect(errorOf(await correct(inGhana.id)).code).toBe('FORBIDDEN');
    const seen = dataOf(await curator.graphql(VIEW, { id: inKenya.id })).partnership;
    // Curators see who the members are, not their contact persons.
    expect(seen).toMatchObject({ viewerCanEdit: true, viewerIsMember: false, contacts: null });
    expect(seen.members).toHaveLength(1);
  });

  it('lets a member invite someone by e-mail, who accepts and can then edit', async () => {
    const registrant = await platform.signUp();
    const invitee = await platform.signUp();
    const partnership = await newPartnership(registrant);
    const invitationId = dataOf(await registrant.graphql(INVITE, { input: { partnershipId: partnership.id, email: invitee.email.toUpperCase() } }))
      .invitePartnershipMember.invitation.id;
    const pending = dataOf(await invitee.graphql('{ viewer { partnershipInvitations { id partnership { id } } } }')).viewer.partnershipInvitations;
    expect(pending).toEqual([{ id: invitationId, partnership: { id: partnership.id } }]);
    // Nobody else can take the invitation.
    const bystander = await platform.signUp();
    expect(errorOf(await bystander.graphql(ACCEPT, { input: { invitationId } })).code).toBe('FORBIDDEN');

    expect(dataOf(await invitee.graphql(ACCEPT, { input: { invitationId } })).acceptPartnershipInvitation.partnership.memberCount).toBe(2);
    // Registered (1), invited (2), accepted (3): membership changes have versions too.
    expect(
      dataOf(await invitee.graphql(UPDATE, { input: { id: partnership.id, expectedVersion: 3, name: 'Edited by the new member' } })).updatePartnership
        .partnership.version,
    ).toBe(4);
    expect(dataOf(await invitee.graphql(VIEW, { id: partnership.id })).partnership.contacts).toHaveLength(1);
  });
});
