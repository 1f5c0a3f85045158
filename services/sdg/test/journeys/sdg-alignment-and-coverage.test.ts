import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, waitFor } from '@msp-atlas/test-harness';
import { type Platform, registerOrganization, registerPartnership, startPlatform } from '@msp-atlas/gateway/testing';

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.stop());

const WATER = 'We drill boreholes and build piped water networks so that rural households get safe and affordable drinking water, and latrines for schools.';

const ALIGNMENT = `query($id: ID!) { partnership(id: $id) { id version viewerCanEdit sdgAlignment {
  partnershipVersion declaredTargets { code } targets { target { code } agreement evidence { phrase field } }
  suggestions { target { code } } verdict { code } } } }`;

/** The partnership's alignment once the SDG service has read the given registry version. */
async function alignmentAt(id: string, version: number) {
  let alignment: any = null;
  await waitFor(async () => {
    alignment = dataOf(await platform.graphql(ALIGNMENT, { id })).partnership.sdgAlignment;
    return alignment?.partnershipVersion === version;
  });
  return alignment;
}

describe('SDG alignment and coverage through the gateway', () => {
  it("shows a registered partnership's alignment, and follows an edit of its description", async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      name: 'Kibera Alliance',
      summary: '',
      description: 'Community meetings.',
      sdgTargets: ['6.1'],
    });
    const before = await alignmentAt(partnership.id, 1);
    expect(before.targets).toContainEqual(expect.objectContaining({ target: { code: '6.1' }, agreement: 'DECLARED_NOT_EVIDENCED' }));

    dataOf(
      await platform.member.graphql(`mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { version } } }`, {
        input: { id: partnership.id, expectedVersion: 1, description: WATER },
      }),
    );
    const after = await alignmentAt(partnership.id, 2);
    const declared = after.targets.find((t: any) => t.target.code === '6.1');
    expect(declared.agreement).toBe('CONFIRMED');
    expect(declared.evidence.some((e: any) => e.field === 'DESCRIPTION')).toBe(true);
  });

  it("sums coverage as the registry's own records add up, per target, goal and all", async () => {
    const funder = await registerOrganization(platform.member.graphql, { name: 'Coverage Water Fund', type: 'PHILANTHROPY' });
    const money = (amount: number, currency: string) => ({ kind: 'FINANCIAL', amount, currency });
    const seeds = [
      {
        countries: ['PER'],
        sdgTargets: ['6.1', '6.2'],
        stakeholders: [{ organizationId: funder.id, roles: ['FUNDER'], contributions: [money(1000, 'USD'), money(20, 'EUR')] }],
      },
      {
        countries: ['PER', 'BOL'],
        sdgTargets: ['6.1'],
        stakeholders: [{ organizationId: funder.id, roles: ['FUNDER'], contributions: [money(250.5, 'USD')] }],
      },
      {
        countries: ['PER'],
        sdgTargets: ['4.1'],
        stakeholders: [
          { organization: { name: 'Lima Schools', type: 'CIVIL_SOCIETY', country: 'PER' }, roles: ['IMPLEMENTER'], contributions: [money(99, 'PEN')] },
        ],
      },
      { countries: ['BOL'], sdgTargets: ['6.1'], stakeholders: [{ organizationId: funder.id, roles: ['FUNDER'], contributions: [money(5, 'USD')] }] },
    ];
    const registered = [];
    for (const seed of seeds) registered.push(await registerPartnership(platform.member.graphql, seed));
    await Promise.all(registered.map((p) => alignmentAt(p.id, 1)));

    // The registry's figures for Peru, from its own API.
    const registry = dataOf(
      await platform.graphql(`{ partnerships(first: 10, filter: { countries: ["PER"] }) { edges { node { id sdgTargets
        stakeholders { organization { id } contributions { amount currency } } } } } }`),
    ).partnerships.edges.map((edge: any) => edge.node);
    const figures = (select: (p: any) => boolean) => {
      const chosen = registry.filter(select);
      const sums: Record<string, number> = {};
      for (const p of chosen)
        for (const s of p.stakeholders)
          for (const c of s.contributions) if (c.amount !== null && c.currency) sums[c.currency] = (sums[c.currency] ?? 0) + c.amount;
      return {
        partnerships: chosen.length,
        organizations: new Set(chosen.flatMap((p: any) => p.stakeholders.map((s: any) => s.organization.id))).size,
        money: Object.entries(sums)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, amount]) => ({ currency, amount })),
      };
    };
    const coverage = dataOf(
      await platform.graphql(`{ sdgCoverage(filter: { countries: ["PER"] }) { partnerships organizations money { currency amount } reportingTotal { currency }
        goals { goal { code } partnerships organizations money { currency amount } targets { target { code } partnerships organizations money { currency amount } } } } }`),
    ).sdgCoverage;
    const pick = ({ partnerships, organizations, money }: any) => ({ partnerships, organizations, money });
    expect(pick(coverage)).toEqual(figures(() => true));
    const water = coverage.goals.find((g: any) => g.goal.code === '6');
    expect(pick(water)).toEqual(figures((p) => p.sdgTargets.some((t: string) => t.startsWith('6.'))));
    expect(pick(water.targets.find((t: any) => t.target.code === '6.1'))).toEqual(figures((p) => p.sdgTargets.includes('6.1')));
    expect(coverage.reportingTotal).toBeNull();

    const profile = dataOf(
      await platform.graphql(
        `query($id: ID!) { organization(id: $id) { name sdgProfile { partnerships goals { goal { code } partnerships } money { currency amount } } } }`,
        { id: funder.id },
      ),
    ).organization;
    expect(profile.sdgProfile).toEqual({
      partnerships: 3,
      goals: [{ goal: { code: '6' }, partnerships: 3 }],
      money: [
        { currency: 'EUR', amount: 20 },
        { currency: 'USD', amount: 1255.5 },
      ],
    });

    const target = dataOf(
      await platform.graphql(
        `{ sdgTarget(code: "6.1") { partnerships(first: 10, filter: { countries: ["BOL"] }) { totalCount edges { node { id name countries } } } } }`,
      ),
    ).sdgTarget.partnerships;
    expect(target.totalCount).toBe(2);
    expect(target.edges.map((e: any) => e.node.countries)).toEqual(expect.arrayContaining([['BOL'], ['PER', 'BOL']]));
  });
});
