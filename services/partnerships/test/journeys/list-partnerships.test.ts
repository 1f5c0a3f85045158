import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { type Platform, registerOrganization, registerPartnership, startPlatform } from '@msp-atlas/gateway/testing';

let platform: Platform;
const ids: Record<string, string> = {};

const LIST = `query($filter: PartnershipFilter, $first: Int, $after: String) {
  partnerships(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { id name } } } }`;

async function names(filter: Record<string, unknown>): Promise<string[]> {
  const data = dataOf(await platform.member.graphql(LIST, { filter, first: 100 }));
  return data.partnerships.edges.map((edge: any) => edge.node.name).sort();
}

beforeAll(async () => {
  platform = await startPlatform();
  const university = await registerOrganization(platform.member.graphql, { name: 'Nairobi University', type: 'ACADEMIA' });
  ids.university = university.id;
  await registerPartnership(platform.member.graphql, {
    name: 'Kenya Water Compact',
    description: 'Boreholes and sanitation in Turkana',
    countries: ['KEN'],
    sectors: ['140'],
    sdgTargets: ['6.1', '6.2'],
    phase: 'IMPLEMENTATION',
    stakeholders: [{ organizationId: university.id, roles: ['ADVISOR'] }],
  });
  await registerPartnership(platform.member.graphql, {
    name: 'Peru Coffee Smallholders',
    description: 'Fair prices for coffee growers',
    countries: ['PER'],
    sectors: ['311'],
    sdgTargets: ['2.3'],
    phase: 'DESIGN',
    status: 'INACTIVE',
    stakeholders: [{ organization: { name: 'Andes Coop', type: 'COMMUNITY' }, roles: ['MEMBER'] }],
  });
  await registerPartnership(platform.member.graphql, {
    name: 'East Africa Clean Energy',
    countries: ['UGA', 'TZA'],
    scope: 'REGIONAL',
    sectors: ['232'],
    sdgTargets: ['7.1'],
    phase: 'IMPLEMENTATION',
    stakeholders: [{ organization: { name: 'Solar Ltd', type: 'PRIVATE_SECTOR' }, roles: ['IMPLEMENTER'] }],
  });
  await registerPartnership(platform.member.graphql, {
    name: 'Global Learning Network',
    scope: 'GLOBAL',
    countries: [],
    regions: ['001'],
    sectors: ['112'],
    sdgTargets: ['4.1', '17.17'],
    phase: 'FURTHER_DEVELOPMENT',
  });
});
afterAll(() => platform.stop());

describe('partnerships list', () => {
  it('filters by each criterion', async () => {
    expect(await names({ phases: ['IMPLEMENTATION'] })).toEqual(['East Africa Clean Energy', 'Kenya Water Compact']);
    expect(await names({ statuses: ['INACTIVE'] })).toEqual(['Peru Coffee Smallholders']);
    expect(await names({ countries: ['KEN', 'PER'] })).toEqual(['Kenya Water Compact', 'Peru Coffee Smallholders']);
    // Eastern Africa (014) holds Kenya, Uganda and Tanzania; World (001) is named by the global network.
    expect(await names({ regions: ['014'] })).toEqual(['East Africa Clean Energy', 'Kenya Water Compact']);
    expect(await names({ regions: ['001'] })).toHaveLength(4);
    expect(await names({ sectors: ['311'] })).toEqual(['Peru Coffee Smallholders']);
    expect(await names({ stakeholderTypes: ['PRIVATE_SECTOR', 'COMMUNITY'] })).toEqual(['East Africa Clean Energy', 'Peru Coffee Smallholders']);
    expect(await names({ organizationIds: [ids.university] })).toEqual(['Kenya Water Compact']);
    expect(await names({ sdgGoals: ['6', '7'] })).toEqual(['East Africa Clean Energy', 'Kenya Water Compact']);
    expect(await names({ sdgTargets: ['17.17'] })).toEqual(['Global Learning Network']);
    expect(await names({ search: 'boreh sanitation' })).toEqual(['Kenya Water Compact']);
    expect(await names({ search: 'coffee' })).toEqual(['Peru Coffee Smallholders']);
    expect(await names({ isDemo: true })).toEqual([]);
    expect(await names({ phases: ['IMPLEMENTATION'], countries: ['UGA'], sdgGoals: ['7'] })).toEqual(['East Africa Clean Energy']);
  });

  it('pages with stable cursors and counts across pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = dataOf(await platform.member.graphql(LIST, { first: 3, after })).partnerships;
      expect(page.totalCount).toBe(4);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge: any) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    // Newest first.
    expect(seen[0]).toBe('Global Learning Network');
  });

  it('caps the page size and refuses a forged cursor', async () => {
    expect(errorOf(await platform.member.graphql(LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await platform.member.graphql(LIST, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await platform.member.graphql(LIST, { after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('counts per country what the list finds for that country, under the same other filters', async () => {
    const counts = `query($filter: PartnershipFilter) { partnershipCountsByCountry(filter: $filter) { country partnershipCount } }`;
    for (const filter of [{}, { phases: ['IMPLEMENTATION'] }, { sdgGoals: ['6', '2'] }]) {
      const rows = dataOf(await platform.member.graphql(counts, { filter })).partnershipCountsByCountry;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(await names({ ...filter, countries: [row.country] })).toHaveLength(row.partnershipCount);
    }
    const all = dataOf(await platform.member.graphql(counts, {})).partnershipCountsByCountry;
    expect(all).toEqual([
      { country: 'KEN', partnershipCount: 1 },
      { country: 'PER', partnershipCount: 1 },
      { country: 'TZA', partnershipCount: 1 },
      { country: 'UGA', partnershipCount: 1 },
    ]);
  });

  it('refuses unknown codes in a filter instead of returning nothing', async () => {
    expect(errorOf(await platform.member.graphql(LIST, { filter: { countries: ['XXX'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.countries[0]',
    });
    expect(errorOf(await platform.member.graphql(LIST, { filter: { sdgGoals: ['18'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.sdgGoals[0]',
    });
    expect(errorOf(await platform.member.graphql(LIST, { filter: { sdgTargets: ['6.9'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.sdgTargets[0]',
    });
    expect(errorOf(await platform.member.graphql(LIST, { filter: { regions: ['999'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.regions[0]',
    });
  });

  it('issues the same number of SQL statements whatever the page size', async () => {
    const query = `query($first: Int) { partnerships(first: $first, filter: { countries: ["KEN", "UGA", "PER", "TZA"] }) { totalCount edges { node {
      id name phaseHistory { toPhase } stakeholders { roles organization { name } contributions { amount } }
      milestones { title } indicators { name } progressReports { summary indicatorValues { value } } fundingConcentration { currency }
      progressReportOverdue governance { secretariat { host { name } } } } } } }`;
    const small = await platform.countStatements('partnerships', async () => dataOf(await platform.member.graphql(query, { first: 1 })));
    const large = await platform.countStatements('partnerships', async () => dataOf(await platform.member.graphql(query, { first: 3 })));
    expect(large).toBe(small);
    const simple = await platform.countStatements('partnerships', async () =>
      dataOf(
        await platform.member.graphql(
          `{ partnerships(first: 50, filter: { sdgGoals: ["6"], phases: [IMPLEMENTATION] }) { totalCount edges { node { id name } } } }`,
        ),
      ),
    );
    // One statement for the page, one for the count.
    expect(simple).toBe(2);
  });
});
