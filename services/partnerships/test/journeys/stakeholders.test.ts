import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { registerOrganization, registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { eventsOf, registrySnapshot } from './registry-snapshot.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const STAKEHOLDER = `stakeholder { id roles commitment organization { id name type } contributions { kind amount currency personDays } }`;
const ADD = `mutation($input: AddStakeholderInput!) { addStakeholder(input: $input) { partnership { version } ${STAKEHOLDER} } }`;
const UPDATE = `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { partnership { version
  fundingConcentration { currency totalAmount funderCount largestFunderShare herfindahlIndex largestFunder { id } } } ${STAKEHOLDER} } }`;
const REMOVE = `mutation($input: RemoveStakeholderInput!) { removeStakeholder(input: $input) { removedStakeholderId partnership { version stakeholders { id } } } }`;

describe('stakeholders', () => {
  it('adds an existing organisation and a new one, shared across partnerships', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const other = await registerPartnership(platform.member.graphql);
    const organization = await registerOrganization(platform.member.graphql, { name: 'Water Trust', type: 'PHILANTHROPY' });
    const added = dataOf(
      await platform.member.graphql(ADD, {
        input: {
          partnershipId: partnership.id,
          expectedVersion: 1,
          organizationId: organization.id,
          roles: ['FUNDER'],
          commitment: 'Funds the wells',
          contributions: [{ kind: 'FINANCIAL', amount: 50000, currency: 'usd' }],
        },
      }),
    ).addStakeholder;
    expect(added.partnership.version).toBe(2);
    expect(added.stakeholder).toMatchObject({
      roles: ['FUNDER'],
      organization: { id: organization.id },
      contributions: [{ kind: 'FINANCIAL', amount: 50000, currency: 'USD' }],
    });

    dataOf(await platform.member.graphql(ADD, { input: { partnershipId: other.id, organizationId: organization.id, roles: ['ADVISOR'] } }));
    const created = dataOf(
      await platform.member.graphql(ADD, {
        input: { partnershipId: partnership.id, organization: { name: 'Village Council', type: 'COMMUNITY', country: 'KEN' }, roles: ['MEMBER'] },
      }),
    ).addStakeholder.stakeholder;
    expect(created.organization).toMatchObject({ name: 'Village Council', type: 'COMMUNITY' });

    const byOrganization = dataOf(
      await platform.member.graphql(`query($ids: [ID!]) { partnerships(filter: { organizationIds: $ids }) { totalCount } }`, { ids: [organization.id] }),
    );
    expect(byOrganization.partnerships.totalCount).toBe(2);
    expect((await eventsOf(platform.dbs.partnerships, partnership.id)).map((event) => event.type)).toEqual([
      'PartnershipRegistered',
      'StakeholderAdded',
      'StakeholderAdded',
    ]);
  });

  it('updates roles and contributions and computes funding concentration', async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      stakeholders: [
        { organization: { name: 'Funder A', type: 'PRIVATE_SECTOR' }, roles: ['FUNDER'], contributions: [{ kind: 'FINANCIAL', amount: 60, currency: 'EUR' }] },
        {
          organization: { name: 'Funder B', type: 'GOVERNMENT' },
          roles: ['FUNDER'],
          contributions: [
            { kind: 'FINANCIAL', amount: 40, currency: 'EUR' },
            { kind: 'FINANCIAL', amount: 10, currency: 'KES' },
          ],
        },
      ],
    });
    const [first] = partnership.stakeholders;
    const updated = dataOf(
      await platform.member.graphql(UPDATE, {
        input: {
          stakeholderId: first.id,
          expectedVersion: 1,
          roles: ['FUNDER', 'CORE_GROUP'],
          contributions: [
            { kind: 'FINANCIAL', amount: 160, currency: 'EUR' },
            { kind: 'IN_KIND', description: 'Office space' },
          ],
        },
      }),
    ).updateStakeholder;
    expect(updated.stakeholder.roles).toEqual(['FUNDER', 'CORE_GROUP']);
    expect(updated.stakeholder.contributions).toHaveLength(2);
    // EUR: 160 and 40 of 200 -> shares 0.8 and 0.2, Herfindahl 0.64 + 0.04.
    expect(updated.partnership.fundingConcentration).toEqual([
      { currency: 'EUR', totalAmount: 200, funderCount: 2, largestFunderShare: 0.8, herfindahlIndex: 0.68, largestFunder: { id: first.organization.id } },
      expect.objectContaining({ currency: 'KES', totalAmount: 10, funderCount: 1, largestFunderShare: 1, herfindahlIndex: 1 }),
    ]);
  });

  it('removes a stakeholder', async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      stakeholders: [{ organization: { name: 'Leaving Org', type: 'ACADEMIA' }, roles: ['ADVISOR'] }],
    });
    const removed = dataOf(
      await platform.member.graphql(REMOVE, { input: { stakeholderId: partnership.stakeholders[0].id, expectedVersion: 1 } }),
    ).removeStakeholder;
    expect(removed).toEqual({ removedStakeholderId: partnership.stakeholders[0].id, partnership: { version: 2, stakeholders: [] } });
    const again = errorOf(await platform.member.graphql(REMOVE, { input: { stakeholderId: partnership.stakeholders[0].id } }));
    expect(again.code).toBe('NOT_FOUND');
  });

  it('refuses the same organisation twice, an unknown organisation and a role-less stakeholder, changing nothing', async () => {
    const organization = await registerOrganization(platform.member.graphql);
    const partnership = await registerPartnership(platform.member.graphql, { stakeholders: [{ organizationId: organization.id, roles: ['MEMBER'] }] });
    const before = await registrySnapshot(platform.dbs.partnerships);
    const twice = errorOf(await platform.member.graphql(ADD, { input: { partnershipId: partnership.id, organizationId: organization.id, roles: ['FUNDER'] } }));
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    const unknown = errorOf(
      await platform.member.graphql(ADD, {
        input: { partnershipId: partnership.id, organizationId: '0d7e4c1a-2222-4222-8222-222222222222', roles: ['FUNDER'] },
      }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    const noRole = errorOf(
      await platform.member.graphql(ADD, { input: { partnershipId: partnership.id, organization: { name: 'X', type: 'ACADEMIA' }, roles: [] } }),
    );
    expect(noRole).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
    expect(await registrySnapshot(platform.dbs.partnerships)).toEqual(before);
  });
});
