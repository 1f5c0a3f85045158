import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf } from '@msp-atlas/test-harness';
import type { PartnershipsTestSubgraph } from './test-subgraph.js';

// Seed builders: each test asks for the records it needs and gets fresh ones.

let sequence = 0;

/** The least a registration needs, in Kenya (the curator tests rely on the country). */
export const registrationInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Test Partnership ${++sequence}`,
  scope: 'NATIONAL',
  countries: ['KEN'],
  ...overrides,
});

export const REGISTER = `mutation($input: RegisterPartnershipInput!) {
  registerPartnership(input: $input) { partnership { id version countries stakeholders { id organization { id } } indicators { id } } }
}`;

/** Registers a partnership (in Kenya unless told otherwise) as `registrant`, its first member. */
export async function registerPartnership(api: PartnershipsTestSubgraph, registrant: GatewayIdentity, overrides: Record<string, unknown> = {}) {
  const data = dataOf(await api.call(registrant, REGISTER, { input: registrationInput(overrides) }));
  return data.registerPartnership.partnership as {
    id: string;
    version: number;
    stakeholders: { id: string; organization: { id: string } }[];
    indicators: { id: string }[];
  };
}

export const INVITE = `mutation($input: InvitePartnershipMemberInput!) {
  invitePartnershipMember(input: $input) { invitation { id email status } }
}`;

export const ACCEPT = `mutation($input: AcceptPartnershipInvitationInput!) {
  acceptPartnershipInvitation(input: $input) { invitation { id status } partnership { id memberCount } }
}`;

export async function invite(api: PartnershipsTestSubgraph, member: GatewayIdentity, partnershipId: string, email: string): Promise<string> {
  const data = dataOf(await api.call(member, INVITE, { input: { partnershipId, email } }));
  return data.invitePartnershipMember.invitation.id;
}

/** Makes `account` a member through an invitation from `member`. */
export async function addMember(api: PartnershipsTestSubgraph, member: GatewayIdentity, partnershipId: string, account: GatewayIdentity): Promise<void> {
  const invitationId = await invite(api, member, partnershipId, account.email!);
  dataOf(await api.call(account, ACCEPT, { input: { invitationId } }));
}
