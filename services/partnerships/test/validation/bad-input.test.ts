import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { errorOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { ACCEPT, INVITE, REGISTER, registerPartnership, registrationInput } from '../support/builders.js';
import { databaseSnapshot } from '../support/database-snapshot.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

// Bad input is refused with BAD_USER_INPUT naming the field to fix, and changes nothing.

let api: PartnershipsTestSubgraph;
let member: GatewayIdentity;
let partnershipId: string;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
  member = newAccount();
  partnershipId = (await registerPartnership(api, member)).id;
});
afterAll(() => api?.close());

const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }`;
const REMOVE = `mutation($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { removedAccountId } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) { partnership(id: $id) { changeHistory(first: $first, after: $after) { totalCount } } }`;

const person = (overrides: Record<string, unknown> = {}) => ({ name: 'Amani Njoroge', email: 'amani@example.org', ...overrides });
const contactList = (count: number) => Array.from({ length: count }, (_, index) => person({ email: `person${index}@example.org` }));

const cases: { name: string; call: () => Promise<any>; field: string; code?: string }[] = [
  {
    name: 'an empty contact name',
    call: () => api.call(member, REGISTER, { input: registrationInput({ contacts: [person({ name: '  ' })] }) }),
    field: 'input.contacts[0].name',
  },
  {
    name: 'a contact e-mail without @',
    call: () => api.call(member, REGISTER, { input: registrationInput({ contacts: [person(), person({ email: 'amani.example.org' })] }) }),
    field: 'input.contacts[1].email',
  },
  {
    name: 'a contact e-mail with a space',
    call: () => api.call(member, REGISTER, { input: registrationInput({ contacts: [person({ email: 'amani njoroge@example.org' })] }) }),
    field: 'input.contacts[0].email',
  },
  {
    name: 'a phone number with letters',
    call: () => api.call(member, REGISTER, { input: registrationInput({ contacts: [person({ phone: '+254 CALL ME' })] }) }),
    field: 'input.contacts[0].phone',
  },
  {
    name: 'eleven contact persons',
    call: () => api.call(member, REGISTER, { input: registrationInput({ contacts: contactList(11) }) }),
    field: 'input.contacts',
  },
  {
    name: 'an overlong contact role',
    call: () => api.call(member, UPDATE, { input: { id: partnershipId, expectedVersion: 1, contacts: [person({ role: 'x'.repeat(201) })] } }),
    field: 'input.contacts[0].role',
  },
  {
    name: 'a bad contact e-mail in an update',
    call: () => api.call(member, UPDATE, { input: { id: partnershipId, expectedVersion: 1, contacts: [person({ email: 'nobody@' })] } }),
    field: 'input.contacts[0].email',
  },
  { name: 'an invitation to a non-address', call: () => api.call(member, INVITE, { input: { partnershipId, email: 'not-an-address' } }), field: 'input.email' },
  { name: 'an invitation to an empty address', call: () => api.call(member, INVITE, { input: { partnershipId, email: '' } }), field: 'input.email' },
  {
    name: 'removing an account that is no member',
    call: () => api.call(member, REMOVE, { input: { partnershipId, accountId: 'someone-else' } }),
    field: 'input.accountId',
  },
  {
    name: 'a forged history cursor',
    call: () => api.call(ANONYMOUS, HISTORY, { id: partnershipId, after: Buffer.from('["yesterday","x"]').toString('base64url') }),
    field: 'after',
  },
  { name: 'a history page of 101', call: () => api.call(ANONYMOUS, HISTORY, { id: partnershipId, first: 101 }), field: 'first' },
];

describe('bad input', () => {
  it.each(cases)('refuses $name, naming $field', async ({ call, field }) => {
    const before = await databaseSnapshot(api.db);
    expect(errorOf(await call())).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseSnapshot(api.db)).toEqual(before);
  });

  it('accepts ten contact persons with the usual phone notations', async () => {
    const phones = ['+254 20 555 0100', '(020) 555-0100', '020/555.0100'];
    const contacts = contactList(10).map((contact, index) => ({ ...contact, phone: phones[index % phones.length] }));
    const response = await api.call(member, REGISTER, { input: registrationInput({ contacts }) });
    expect(response.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for unknown partnerships and invitations', async () => {
    const unknown = '5b0e4a9c-1d2f-4e3a-9b8c-7d6e5f4a3b2c';
    expect(errorOf(await api.call(member, INVITE, { input: { partnershipId: unknown, email: 'a@example.org' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.call(member, ACCEPT, { input: { invitationId: unknown } })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.call(member, REMOVE, { input: { partnershipId: 'nope', accountId: 'x' } })).code).toBe('NOT_FOUND');
  });
});
