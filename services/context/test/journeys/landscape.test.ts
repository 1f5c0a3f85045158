import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { indexCaughtUp, kisumuWater, peruReading, type Platform, registerOrganization, registerPartnership, startPlatform } from '@msp-atlas/gateway/testing';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.stop());

const LANDSCAPE = `query($filter: LandscapeFilterInput!) { contextLandscape(filter: $filter) {
  initiativeCount truncated
  initiatives { partnership { id name } name countries sdgTargets organizationCount clusterId resources { funding { currency amount } personDays } }
  clusters { id members { id name } sharedTargets sharedCountries organizationCount resources { funding { currency amount } personDays } }
  links { source target score kind }
  fragmentation { target country initiativeCount linkedShare smallShare fragmentation }
} }`;

const landscape = async (filter: Record<string, unknown>) => dataOf(await platform.member.graphql(LANDSCAPE, { filter })).contextLandscape;

const funded = (amount: number) => [{ kind: 'FINANCIAL', amount, currency: 'EUR' }];

describe('contextLandscape', () => {
  it('clusters initiatives on the same thing in the same place, with shared targets and combined resources', async () => {
    const [a, b, c] = await Promise.all(
      ['Kisumu Funder A', 'Kisumu Funder B', 'Kisumu Funder C'].map((name) => registerOrganization(platform.member.graphql, { name })),
    );
    const first = await registerPartnership(
      platform.member.graphql,
      kisumuWater({ stakeholders: [{ organizationId: a!.id, roles: ['FUNDER', 'INITIATOR'], contributions: funded(100_000) }] }),
    );
    const second = await registerPartnership(
      platform.member.graphql,
      kisumuWater({ stakeholders: [{ organizationId: b!.id, roles: ['FUNDER', 'INITIATOR'], contributions: funded(50_000) }] }),
    );
    const third = await registerPartnership(platform.member.graphql, kisumuWater({ stakeholders: [{ organizationId: c!.id, roles: ['INITIATOR'] }] }));
    const elsewhere = await registerPartnership(platform.member.graphql, peruReading());
    await indexCaughtUp(platform.member.graphql);

    const kenya = await landscape({ countries: ['KEN'] });
    expect(kenya.initiativeCount).toBe(3);
    expect(kenya.truncated).toBe(false);
    expect(kenya.initiatives.map((initiative: any) => initiative.partnership.id)).not.toContain(elsewhere.id);
    expect(kenya.clusters).toHaveLength(1);
    const [cluster] = kenya.clusters;
    expect(cluster.members.map((member: any) => member.id).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(cluster.members.map((member: any) => member.name)).toContain(first.name);
    expect(cluster).toMatchObject({
      sharedTargets: ['6.1', '6.b'],
      sharedCountries: ['KEN'],
      organizationCount: 3,
      resources: { funding: [{ currency: 'EUR', amount: 150_000 }] },
    });
    expect(kenya.initiatives.every((initiative: any) => initiative.clusterId === cluster.id)).toBe(true);
    expect(kenya.links.length).toBe(3);
    expect(kenya.links.every((link: any) => link.kind === 'OVERLAP')).toBe(true);

    // Three initiatives on 6.1 in Kenya with no organisation in common, each small.
    const water = kenya.fragmentation.find((figure: any) => figure.target === '6.1' && figure.country === 'KEN');
    expect(water).toMatchObject({ initiativeCount: 3, linkedShare: 0, smallShare: 1 });
    expect(water.fragmentation).toBeCloseTo(2 / 3, 3);
  });

  it('sees less fragmentation where initiatives share their organisations', async () => {
    const shared = await registerOrganization(platform.member.graphql, { name: 'Shared Lima Partner', country: 'PER' });
    for (let index = 0; index < 2; index++) {
      await registerPartnership(platform.member.graphql, peruReading({ countries: ['PER'], stakeholders: [{ organizationId: shared.id, roles: ['MEMBER'] }] }));
    }
    await indexCaughtUp(platform.member.graphql);
    const peru = await landscape({ countries: ['PER'], sdgGoals: [4] });
    const reading = peru.fragmentation.find((figure: any) => figure.target === '4.1' && figure.country === 'PER');
    expect(reading.linkedShare).toBeGreaterThan(0);
    expect(reading.fragmentation).toBeLessThan(0.5);
  });

  it('takes a region as the initiatives in its countries, and narrows by target', async () => {
    const eastAfrica = await landscape({ regions: ['014'], sdgTargets: ['6.b'] });
    expect(eastAfrica.initiativeCount).toBeGreaterThanOrEqual(3);
    expect(eastAfrica.initiatives.every((initiative: any) => initiative.sdgTargets.includes('6.b'))).toBe(true);
    const none = await landscape({ regions: ['014'], sdgTargets: ['14.1'] });
    expect(none).toMatchObject({ initiativeCount: 0, initiatives: [], clusters: [], fragmentation: [] });
  });

  it.each([
    ['no place', { sdgGoals: [6] }, 'filter'],
    ['an unknown country', { countries: ['KEN', 'ZZZ'] }, 'filter.countries[1]'],
    ['an unknown region', { regions: ['777'] }, 'filter.regions[0]'],
    ['an unknown goal', { countries: ['KEN'], sdgGoals: [18] }, 'filter.sdgGoals[0]'],
    ['an unknown target', { countries: ['KEN'], sdgTargets: ['6.z'] }, 'filter.sdgTargets[0]'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, filter, field) => {
    const error = errorOf(
      await platform.member.graphql(`query($filter: LandscapeFilterInput!) { contextLandscape(filter: $filter) { initiativeCount } }`, { filter }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('SdgTarget.activeIn', () => {
  const ACTIVE_IN = `query($code: String!, $countries: [String!], $first: Int) { sdgTarget(code: $code) { code title activeIn(countries: $countries, first: $first) { country partnershipCount partnerships { id name } } } }`;

  it('lists who works on a target, where, most first, leaving inactive initiatives out', async () => {
    const inKenya = await registerPartnership(platform.member.graphql, kisumuWater({ sdgTargets: ['6.4'] }));
    await registerPartnership(platform.member.graphql, kisumuWater({ sdgTargets: ['6.4'] }));
    const inUganda = await registerPartnership(platform.member.graphql, kisumuWater({ countries: ['UGA'], sdgTargets: ['6.4'] }));
    const inactive = await registerPartnership(platform.member.graphql, kisumuWater({ countries: ['TZA'], sdgTargets: ['6.4'], status: 'INACTIVE' }));
    await indexCaughtUp(platform.member.graphql);

    const target = dataOf(await platform.member.graphql(ACTIVE_IN, { code: '6.4', first: 1 })).sdgTarget;
    expect(target.title).toBeTruthy(); // from the SDG service, beside the context service's field
    expect(target.activeIn.map((activity: any) => [activity.country, activity.partnershipCount])).toEqual([
      ['KEN', 2],
      ['UGA', 1],
    ]);
    expect(target.activeIn[0].partnerships).toHaveLength(1);
    expect(target.activeIn[1].partnerships).toEqual([{ id: inUganda.id, name: inUganda.name }]);
    expect(JSON.stringify(target.activeIn)).not.toContain(inactive.id);

    const onlyKenya = dataOf(await platform.member.graphql(ACTIVE_IN, { code: '6.4', countries: ['KEN'], first: 5 })).sdgTarget.activeIn;
    expect(onlyKenya).toHaveLength(1);
    expect(onlyKenya[0].partnerships.map((partnership: any) => partnership.id)).toContain(inKenya.id);
  });

  it('refuses an unknown country and first above the cap', async () => {
    expect(errorOf(await platform.member.graphql(ACTIVE_IN, { code: '6.4', countries: ['QQQ'] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'countries[0]',
    });
    expect(errorOf(await platform.member.graphql(ACTIVE_IN, { code: '6.4', first: 51 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
