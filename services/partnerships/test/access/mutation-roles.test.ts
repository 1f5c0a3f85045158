import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { addMember, invite, REGISTER, registerPartnership, registrationInput } from '../support/builders.js';
import { databaseSnapshot } from '../support/database-snapshot.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

// Every mutation against every role, on a fresh partnership each time. A refused
// request must leave every table as it was; an allowed one must change something.

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

/** A partnership in Kenya with a stakeholder, an indicator, two members and a pending invitation. */
async function fixture() {
  const member = newAccount();
  const partnership = await registerPartnership(api, member, {
    stakeholders: [{ organization: { name: 'Water Trust', type: 'PHILANTHROPY' }, roles: ['FUNDER'] }],
    indicators: [{ name: 'Households served' }],
  });
  const second = newAccount();
  await addMember(api, member, partnership.id, second);
  const invitee = newAccount();
  const invitationId = await invite(api, member, partnership.id, invitee.email!);
  // Membership changes move the version on, as every change does.
  const { version } = dataOf(await api.call(member, 'query($id: ID!) { partnership(id: $id) { version } }', { id: partnership.id })).partnership;
  return { partnership, version: version as number, member, second, invitee, invitationId };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

const ROLES = {
  anonymous: () => ANONYMOUS,
  outsider: () => newAccount(),
  member: (f: Fixture) => f.member,
  'curator of KEN': () => newAccount({ curatorCountries: ['KEN'] }),
  'curator of UGA': () => newAccount({ curatorCountries: ['UGA'] }),
  'admin, not a member': () => newAccount({ admin: true }),
  invitee: (f: Fixture) => f.invitee,
} satisfies Record<string, (f: Fixture) => GatewayIdentity>;
type Role = keyof typeof ROLES;
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const SIGNED_IN: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'ALLOWED',
  member: 'ALLOWED',
  'curator of KEN': 'ALLOWED',
  'curator of UGA': 'ALLOWED',
  'admin, not a member': 'ALLOWED',
  invitee: 'ALLOWED',
};
const MEMBERS_OR_CURATORS: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'FORBIDDEN',
  member: 'ALLOWED',
  'curator of KEN': 'ALLOWED',
  'curator of UGA': 'FORBIDDEN',
  'admin, not a member': 'FORBIDDEN',
  invitee: 'FORBIDDEN',
};
const MEMBERS_ONLY: Record<Role, Outcome> = { ...MEMBERS_OR_CURATORS, 'curator of KEN': 'FORBIDDEN' };
const INVITEE_ONLY: Record<Role, Outcome> = { ...MEMBERS_ONLY, member: 'FORBIDDEN', invitee: 'ALLOWED' };

interface MutationCase {
  mutation: string;
  outcomes: Record<Role, Outcome>;
  query: string;
  variables: (f: Fixture) => Record<string, unknown>;
}

const mutation = (name: string, inputType: string, selection: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;

const MUTATIONS: MutationCase[] = [
  { mutation: 'registerPartnership', outcomes: SIGNED_IN, query: REGISTER, variables: () => ({ input: registrationInput() }) },
  {
    mutation: 'registerOrganization',
    outcomes: SIGNED_IN,
    query: mutation('registerOrganization', 'NewOrganizationInput', 'organization { id }'),
    variables: () => ({ input: { name: 'Riverside Academy', type: 'ACADEMIA' } }),
  },
  {
    mutation: 'updatePartnership',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('updatePartnership', 'UpdatePartnershipInput', 'partnership { version }'),
    variables: (f) => ({ input: { id: f.partnership.id, expectedVersion: f.version, name: 'Renamed' } }),
  },
  {
    mutation: 'changePhase',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('changePhase', 'ChangePhaseInput', 'partnership { phase }'),
    variables: (f) => ({ input: { partnershipId: f.partnership.id, expectedVersion: f.version, phase: 'DESIGN' } }),
  },
  {
    mutation: 'addStakeholder',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('addStakeholder', 'AddStakeholderInput', 'stakeholder { id }'),
    variables: (f) => ({ input: { partnershipId: f.partnership.id, organization: { name: 'Village Council', type: 'COMMUNITY' }, roles: ['MEMBER'] } }),
  },
  {
    mutation: 'updateStakeholder',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('updateStakeholder', 'UpdateStakeholderInput', 'stakeholder { roles }'),
    variables: (f) => ({ input: { stakeholderId: f.partnership.stakeholders[0]!.id, roles: ['FUNDER', 'CORE_GROUP'] } }),
  },
  {
    mutation: 'removeStakeholder',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('removeStakeholder', 'RemoveStakeholderInput', 'removedStakeholderId'),
    variables: (f) => ({ input: { stakeholderId: f.partnership.stakeholders[0]!.id } }),
  },
  {
    mutation: 'submitProgressReport',
    outcomes: MEMBERS_OR_CURATORS,
    query: mutation('submitProgressReport', 'SubmitProgressReportInput', 'progressReport { id }'),
    variables: (f) => ({
      input: {
        partnershipId: f.partnership.id,
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        summary: 'First half year',
        indicatorValues: [{ indicatorId: f.partnership.indicators[0]!.id, value: 120 }],
      },
    }),
  },
  {
    mutation: 'invitePartnershipMember',
    outcomes: MEMBERS_ONLY,
    query: mutation('invitePartnershipMember', 'InvitePartnershipMemberInput', 'invitation { id }'),
    variables: (f) => ({ input: { partnershipId: f.partnership.id, email: 'newcomer@example.org' } }),
  },
  {
    mutation: 'revokePartnershipInvitation',
    outcomes: MEMBERS_ONLY,
    query: mutation('revokePartnershipInvitation', 'RevokePartnershipInvitationInput', 'invitation { status }'),
    variables: (f) => ({ input: { invitationId: f.invitationId } }),
  },
  {
    mutation: 'removePartnershipMember',
    outcomes: MEMBERS_ONLY,
    query: mutation('removePartnershipMember', 'RemovePartnershipMemberInput', 'removedAccountId'),
    variables: (f) => ({ input: { partnershipId: f.partnership.id, accountId: f.second.accountId } }),
  },
  {
    mutation: 'acceptPartnershipInvitation',
    outcomes: INVITEE_ONLY,
    query: mutation('acceptPartnershipInvitation', 'AcceptPartnershipInvitationInput', 'invitation { status }'),
    variables: (f) => ({ input: { invitationId: f.invitationId } }),
  },
  {
    mutation: 'declinePartnershipInvitation',
    outcomes: INVITEE_ONLY,
    query: mutation('declinePartnershipInvitation', 'DeclinePartnershipInvitationInput', 'invitation { status }'),
    variables: (f) => ({ input: { invitationId: f.invitationId } }),
  },
  // submitSelfAssessment is the health service's (services/health/test/health/self-assessment.test.ts).
];

const cases = MUTATIONS.flatMap((entry) => (Object.keys(ROLES) as Role[]).map((role) => ({ ...entry, role, outcome: entry.outcomes[role] })));

describe('who may call which mutation', () => {
  it.each(cases)('$mutation as $role: $outcome', async ({ query, variables, role, outcome }) => {
    const f = await fixture();
    const before = await databaseSnapshot(api.db);
    const response = await api.call(ROLES[role](f), query, variables(f));
    const after = await databaseSnapshot(api.db);
    if (outcome === 'ALLOWED') {
      expect(response.errors).toBeUndefined();
      expect(after).not.toEqual(before);
    } else {
      expect(errorOf(response).code).toBe(outcome);
      expect(after).toEqual(before);
    }
  });
});
