import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { dataOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { registerPartnership } from '../support/builders.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
});
afterAll(() => api?.close());

const CONTACTS = `query($id: ID!) { partnership(id: $id) { contacts { name email phone role } } }`;
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { version contacts { name } } } }`;

const secretariat = { name: 'Wanjiru Kamau', email: 'wanjiru.kamau@example.org', phone: '+254 20 (555) 0100', role: 'Secretariat coordinator' };
const deputy = { name: 'Otieno Odhiambo', email: 'otieno@example.org' };

describe('contact persons', () => {
  it('are shown to members, and to nobody else (null, curators included)', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member, { contacts: [secretariat, deputy] });
    const seen = dataOf(await api.call(member, CONTACTS, { id: partnership.id })).partnership.contacts;
    expect(seen).toEqual([secretariat, { ...deputy, phone: null, role: null }]);
    for (const other of [ANONYMOUS, newAccount(), newAccount({ curatorCountries: ['KEN'] }), newAccount({ admin: true })]) {
      expect(dataOf(await api.call(other, CONTACTS, { id: partnership.id })).partnership.contacts).toBeNull();
    }
  });

  it('are replaced by an update’s list, cleared by an empty one, kept when left out', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member, { contacts: [secretariat] });
    const update = (version: number, changes: Record<string, unknown>) =>
      api.call(member, UPDATE, { input: { id: partnership.id, expectedVersion: version, ...changes } });
    expect(dataOf(await update(1, { contacts: [deputy, secretariat] })).updatePartnership.partnership.contacts).toEqual([
      { name: deputy.name },
      { name: secretariat.name },
    ]);
    expect(dataOf(await update(2, { name: 'Renamed' })).updatePartnership.partnership.contacts).toHaveLength(2);
    expect(dataOf(await update(3, { contacts: [] })).updatePartnership.partnership.contacts).toEqual([]);
  });

  it('never travel in events, which every other service reads', async () => {
    const member = newAccount();
    const partnership = await registerPartnership(api, member, { contacts: [secretariat] });
    dataOf(await api.call(member, UPDATE, { input: { id: partnership.id, expectedVersion: 1, contacts: [deputy] } }));
    const { rows } = await sql<{ type: string; payload: string }>`
      select type, payload::text as payload from event_log.events where aggregate_id = ${partnership.id} order by seq`.execute(api.db);
    expect(rows.map((row) => row.type)).toEqual(['PartnershipRegistered', 'PartnershipUpdated']);
    for (const { payload } of rows) {
      for (const personal of [secretariat.name, secretariat.email, secretariat.phone, deputy.name, deputy.email, member.email!]) {
        expect(payload).not.toContain(personal);
      }
    }
  });
});
