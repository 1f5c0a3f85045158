import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_PRODUCERS, eventContracts, parseEvent } from '@msp-atlas/event-contracts';
import { readEvents, type StoredEvent } from '@msp-atlas/events';
import { dataOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { ACCEPT, invite, registerPartnership } from '../support/builders.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

/** Event types other services append (the SDG service's alignment), and the health projection's, tested with it. */
// What the service appends, read back as a consumer reads it: through the contracts.

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

const mutate = async (who: ReturnType<typeof newAccount>, name: string, inputType: string, input: Record<string, unknown>, selection = '__typename') =>
  dataOf(await api.call(who, `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }))[name];

/** Every event in the log once readers see it all (another test's open transaction can hold some back briefly). */
async function allEvents(expectedCount: number): Promise<StoredEvent[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { events } = await readEvents(api.db, null, 1_000);
    if (events.length >= expectedCount || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the events this service appends', () => {
  it('all validate against their contracts, one event for every version of a partnership', async () => {
    const member = newAccount();
    const newcomer = newAccount();
    const organization = await mutate(
      member,
      'registerOrganization',
      'NewOrganizationInput',
      { name: 'Riverside Academy', type: 'ACADEMIA', country: 'KEN' },
      'organization { id }',
    );
    const partnership = await registerPartnership(api, member, {
      startDate: '2025-01-01',
      objectives: ['Safe water for 20,000 households'],
      stakeholders: [
        {
          organization: { name: 'Water Trust', type: 'PHILANTHROPY' },
          roles: ['FUNDER'],
          contributions: [{ kind: 'FINANCIAL', description: 'Grant', amount: 250000, currency: 'EUR' }],
        },
      ],
      indicators: [{ name: 'Households served' }],
    });
    const id = partnership.id;
    const stakeholderId = partnership.stakeholders[0]!.id;
    await mutate(member, 'updatePartnership', 'UpdatePartnershipInput', { id, expectedVersion: 1, name: 'Clean Water Kenya', sdgTargets: ['6.1'] });
    await mutate(member, 'changePhase', 'ChangePhaseInput', { partnershipId: id, expectedVersion: 2, phase: 'DESIGN' });
    await mutate(member, 'addStakeholder', 'AddStakeholderInput', { partnershipId: id, organizationId: organization.organization.id, roles: ['MEMBER'] });
    await mutate(member, 'updateStakeholder', 'UpdateStakeholderInput', { stakeholderId, roles: ['FUNDER', 'CORE_GROUP'] });
    await mutate(member, 'removeStakeholder', 'RemoveStakeholderInput', { stakeholderId });
    await mutate(member, 'submitProgressReport', 'SubmitProgressReportInput', {
      partnershipId: id,
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      summary: 'Wells dug',
      indicatorValues: [{ indicatorId: partnership.indicators[0]!.id, value: 40 }],
    });
    await mutate(member, 'revokePartnershipInvitation', 'RevokePartnershipInvitationInput', { invitationId: await invite(api, member, id, newcomer.email!) });
    await mutate(newcomer, 'declinePartnershipInvitation', 'DeclinePartnershipInvitationInput', {
      invitationId: await invite(api, member, id, newcomer.email!),
    });
    dataOf(await api.call(newcomer, ACCEPT, { input: { invitationId: await invite(api, member, id, newcomer.email!) } }));
    await mutate(member, 'removePartnershipMember', 'RemovePartnershipMemberInput', { partnershipId: id, accountId: newcomer.accountId });

    // 14 versions of the partnership and the two organisations registered on the way.
    const stored = await allEvents(16);
    expect(stored).toHaveLength(16);
    const events = stored.map(parseEvent);
    // Every type of the contracts this service produces was written, and nothing else.
    // (PartnershipRecordRepublished only once, on the upgrade to the health service: see the health service's upgrade test.)
    const producedHere = Object.values(eventContracts).filter(
      (contract) => EVENT_PRODUCERS[contract.type] === 'partnerships' && contract.type !== 'PartnershipRecordRepublished',
    );
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(producedHere.map((contract) => contract.type)));
    expect(events.every((event) => event.schemaVersion === eventContracts[event.type].schemaVersion)).toBe(true);

    const ofPartnership = events.filter((event) => event.aggregateId === id && event.aggregateType === 'Partnership');
    expect(ofPartnership.map((event) => event.aggregateVersion)).toEqual(ofPartnership.map((_event, index) => index + 1));
    const { version } = dataOf(await api.call(member, 'query($id: ID!) { partnership(id: $id) { version } }', { id })).partnership;
    expect(ofPartnership).toHaveLength(version);
    const last = ofPartnership.findLast((event) => 'partnership' in event.payload);
    expect(last?.payload).toMatchObject({
      partnership: { id, name: 'Clean Water Kenya', phase: 'DESIGN', sdgTargets: ['6.1'], objectives: ['Safe water for 20,000 households'] },
    });
    // What each stakeholder brings travels with it, so coverage can sum money per currency.
    const registered = ofPartnership.find((event) => event.type === 'PartnershipRegistered');
    const funder = (registered!.payload as any).partnership.stakeholders.find((stakeholder: any) => stakeholder.roles.includes('FUNDER'));
    expect(funder.contributions).toEqual([{ kind: 'FINANCIAL', amount: 250000, currency: 'EUR', personDays: null }]);
    // No personal data: the invitations' e-mail addresses stay in the service.
    expect(JSON.stringify(stored)).not.toContain(newcomer.email!);
  });
});
