import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '@msp-atlas/test-harness';
import { registerPartnership, registrationInput, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { registrySnapshot } from './registry-snapshot.js';

let platform: SharedPlatform;
let partnership: any;
beforeAll(async () => {
  platform = await sharedPlatform();
  partnership = await registerPartnership(platform.member.graphql, {
    startDate: '2024-01-01',
    stakeholders: [{ organization: { name: 'Funder', type: 'PHILANTHROPY' }, roles: ['FUNDER'] }],
  });
});

const REGISTER = `mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { id } } }`;
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }`;
const ADD = `mutation($input: AddStakeholderInput!) { addStakeholder(input: $input) { stakeholder { id } } }`;
const UPDATE_STAKEHOLDER = `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { stakeholder { id } } }`;
const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { id } } }`;

const cases: [string, () => [string, Record<string, unknown>], string, string][] = [
  ['an unknown country', () => [REGISTER, { input: registrationInput({ countries: ['KEN', 'XYZ'] }) }], 'BAD_USER_INPUT', 'input.countries[1]'],
  ['an unknown region', () => [REGISTER, { input: registrationInput({ regions: ['998'] }) }], 'BAD_USER_INPUT', 'input.regions[0]'],
  ['an unknown SDG target', () => [REGISTER, { input: registrationInput({ sdgTargets: ['6.1', '18.1'] }) }], 'BAD_USER_INPUT', 'input.sdgTargets[1]'],
  ['a goal where a target belongs', () => [REGISTER, { input: registrationInput({ sdgTargets: ['6'] }) }], 'BAD_USER_INPUT', 'input.sdgTargets[0]'],
  [
    'an indicator code dropped in 2020',
    () => [REGISTER, { input: registrationInput({ indicators: [{ name: 'x', sdgIndicatorCode: '1.a.3' }] }) }],
    'BAD_USER_INPUT',
    'input.indicators[0].sdgIndicatorCode',
  ],
  ['an unknown sector', () => [REGISTER, { input: registrationInput({ sectors: ['999'] }) }], 'BAD_USER_INPUT', 'input.sectors[0]'],
  ['an empty name', () => [REGISTER, { input: registrationInput({ name: '   ' }) }], 'BAD_USER_INPUT', 'input.name'],
  [
    'an end date before the start date',
    () => [REGISTER, { input: registrationInput({ startDate: '2025-01-01', endDate: '2024-12-31' }) }],
    'BAD_USER_INPUT',
    'input.endDate',
  ],
  ['a malformed date', () => [REGISTER, { input: registrationInput({ startDate: '2025-13-45' }) }], 'BAD_USER_INPUT', 'input.startDate'],
  [
    'an unknown organisation type',
    () => [REGISTER, { input: registrationInput({ stakeholders: [{ organization: { name: 'X', type: 'ALIENS' }, roles: ['MEMBER'] }] }) }],
    'BAD_USER_INPUT',
    'input.stakeholders[0].organization.type',
  ],
  [
    'an unknown currency',
    () => [
      REGISTER,
      {
        input: registrationInput({
          stakeholders: [
            { organization: { name: 'X', type: 'ACADEMIA' }, roles: ['FUNDER'], contributions: [{ kind: 'FINANCIAL', amount: 5, currency: 'XQQ' }] },
          ],
        }),
      },
    ],
    'BAD_USER_INPUT',
    'input.stakeholders[0].contributions[0].currency',
  ],
  [
    'a negative amount',
    () => [
      REGISTER,
      {
        input: registrationInput({
          stakeholders: [
            { organization: { name: 'X', type: 'ACADEMIA' }, roles: ['FUNDER'], contributions: [{ kind: 'FINANCIAL', amount: -5, currency: 'USD' }] },
          ],
        }),
      },
    ],
    'BAD_USER_INPUT',
    'input.stakeholders[0].contributions[0].amount',
  ],
  [
    'a negative secretariat staff count',
    () => [REGISTER, { input: registrationInput({ governance: { secretariatStaffCount: -1 } }) }],
    'BAD_USER_INPUT',
    'input.governance.secretariatStaffCount',
  ],
  [
    'a website that is not a web address',
    () => [REGISTER, { input: registrationInput({ website: 'javascript:alert(1)' }) }],
    'BAD_USER_INPUT',
    'input.website',
  ],
  ['a taken slug', () => [REGISTER, { input: registrationInput({ slug: partnership.slug }) }], 'BAD_USER_INPUT', 'input.slug'],
  [
    'an unknown country in an update',
    () => [UPDATE, { input: { id: partnership.id, expectedVersion: partnership.version, countries: ['ZZZ'] } }],
    'BAD_USER_INPUT',
    'input.countries[0]',
  ],
  [
    'an end date moved before the stored start date',
    () => [UPDATE, { input: { id: partnership.id, expectedVersion: partnership.version, endDate: '2023-01-01' } }],
    'BAD_USER_INPUT',
    'input.endDate',
  ],
  [
    'an empty name in an update',
    () => [UPDATE, { input: { id: partnership.id, expectedVersion: partnership.version, name: '' } }],
    'BAD_USER_INPUT',
    'input.name',
  ],
  ['a stale expectedVersion', () => [UPDATE, { input: { id: partnership.id, expectedVersion: partnership.version - 1, name: 'Stale' } }], 'CONFLICT', ''],
  [
    'a phase change to the same phase',
    () => [CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: partnership.version, phase: partnership.phase } }],
    'BAD_USER_INPUT',
    'input.phase',
  ],
  [
    'an unknown organisation country',
    () => [ADD, { input: { partnershipId: partnership.id, organization: { name: 'X', type: 'ACADEMIA', country: 'ATLANTIS' }, roles: ['MEMBER'] } }],
    'BAD_USER_INPUT',
    'input.organization.country',
  ],
  [
    'a negative amount on a stakeholder',
    () => [
      UPDATE_STAKEHOLDER,
      { input: { stakeholderId: partnership.stakeholders[0].id, contributions: [{ kind: 'FINANCIAL', amount: -1, currency: 'EUR' }] } },
    ],
    'BAD_USER_INPUT',
    'input.contributions[0].amount',
  ],
];

describe('bad input is refused with a code and the offending field, and changes nothing', () => {
  it.each(cases)('%s', async (_label, request, code, field) => {
    const before = await registrySnapshot(platform.dbs.partnerships);
    const [query, variables] = request();
    const error = errorOf(await platform.member.graphql(query, variables));
    expect(error.code).toBe(code);
    if (field) expect(error.field).toBe(field);
    expect(error.message).not.toMatch(/select|insert|update |violates|constraint/i);
    expect(await registrySnapshot(platform.dbs.partnerships)).toEqual(before);
  });
});
