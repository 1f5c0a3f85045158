import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, startTestSubgraph } from '@msp-atlas/test-harness';
import { newAccount } from '../support/accounts.js';
import { registerPartnership } from '../support/builders.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import type { PartnershipsTestSubgraph } from '../support/test-subgraph.js';

// The map beside the list: per country, as many partnerships as the list's filter with that country finds.

let api: PartnershipsTestSubgraph;
beforeAll(async () => {
  api = await startTestSubgraph(partnershipsSubgraph);
  const member = newAccount();
  await registerPartnership(api, member, { countries: ['KEN'], phase: 'IMPLEMENTATION' });
  await registerPartnership(api, member, { countries: ['KEN', 'UGA'], phase: 'DESIGN' });
  await registerPartnership(api, member, { countries: ['UGA', 'TZA'], phase: 'IMPLEMENTATION', scope: 'REGIONAL' });
  await registerPartnership(api, member, { countries: [], regions: ['001'], scope: 'GLOBAL' });
});
afterAll(() => api?.close());

const COUNTS = `query($filter: PartnershipFilter) { partnershipCountsByCountry(filter: $filter) { country partnershipCount } }`;
const TOTAL = `query($filter: PartnershipFilter) { partnerships(filter: $filter) { totalCount } }`;

async function countsOf(filter: Record<string, unknown> | null): Promise<Record<string, number>> {
  const data = dataOf(await api.call(ANONYMOUS, COUNTS, { filter }));
  return Object.fromEntries(data.partnershipCountsByCountry.map((row: any) => [row.country, row.partnershipCount]));
}

async function totalOf(filter: Record<string, unknown>): Promise<number> {
  return dataOf(await api.call(ANONYMOUS, TOTAL, { filter })).partnerships.totalCount;
}

describe('partnershipCountsByCountry', () => {
  it('counts each partnership once for every country it names, leaving out countries with none', async () => {
    expect(await countsOf(null)).toEqual({ KEN: 2, UGA: 2, TZA: 1 });
  });

  it('applies the same filter as the list, so each count is the list total for that country', async () => {
    const filter = { phases: ['IMPLEMENTATION'] };
    const counts = await countsOf(filter);
    expect(counts).toEqual({ KEN: 1, UGA: 1, TZA: 1 });
    for (const [country, count] of Object.entries(counts)) expect(await totalOf({ ...filter, countries: [country] })).toBe(count);
  });

  it('refuses an unknown code as the list does', async () => {
    expect(errorOf(await api.call(ANONYMOUS, COUNTS, { filter: { countries: ['XXX'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.countries[0]',
    });
  });
});
