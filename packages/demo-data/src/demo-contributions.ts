import { ContributionKind, OrganizationType, Phase, type Scope, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import { currencyOfCountry, roundAmountIn } from './demo-currencies.js';
import type { DemoOrganization } from './demo-organization.js';
import type { DemoContribution } from './demo-partnership.js';
import type { DemoTheme } from './demo-theme.js';
import type { SeededRandom } from './seeded-random.js';

const { GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, ACADEMIA, MULTILATERAL, PHILANTHROPY, COMMUNITY } = OrganizationType;

/** Typical grant size in US dollars for a national partnership, by funder type. */
const fundingUsd: Record<OrganizationType, readonly [number, number]> = {
  MULTILATERAL: [200_000, 5_000_000],
  PHILANTHROPY: [50_000, 2_000_000],
  GOVERNMENT: [30_000, 1_500_000],
  PRIVATE_SECTOR: [20_000, 800_000],
  CIVIL_SOCIETY: [5_000, 60_000],
  ACADEMIA: [5_000, 40_000],
  COMMUNITY: [1_000, 10_000],
};

const scopeScale: Record<Scope, number> = { LOCAL: 0.3, NATIONAL: 1, REGIONAL: 1.6, GLOBAL: 2.5 };

/** Chance of giving each kind of resource without being a funder. */
const inKindChance: Record<OrganizationType, number> = {
  GOVERNMENT: 0.5,
  PRIVATE_SECTOR: 0.6,
  CIVIL_SOCIETY: 0.3,
  ACADEMIA: 0.5,
  MULTILATERAL: 0.2,
  PHILANTHROPY: 0.05,
  COMMUNITY: 0.7,
};
const staffTimeChance: Record<OrganizationType, number> = {
  GOVERNMENT: 0.6,
  PRIVATE_SECTOR: 0.3,
  CIVIL_SOCIETY: 0.85,
  ACADEMIA: 0.8,
  MULTILATERAL: 0.4,
  PHILANTHROPY: 0.1,
  COMMUNITY: 0.6,
};

const staffDescriptions: Record<OrganizationType, readonly string[]> = {
  GOVERNMENT: ['Focal point in the district administration', 'Extension and technical officers for {activity}'],
  PRIVATE_SECTOR: ['Engineers seconded for {activity}', 'Pro-bono management advice'],
  CIVIL_SOCIETY: ['Field coordinators for {activity}', 'Community mobilisers'],
  ACADEMIA: ['Research team for baseline and evaluation', 'Students’ field research on {activity}'],
  MULTILATERAL: ['Technical advisor, part-time', 'Monitoring and evaluation specialist'],
  PHILANTHROPY: ['Programme officer support'],
  COMMUNITY: ['Volunteer days for {activity}', 'Community monitors'],
};

const grantDescriptions = [
  'Grant for {activity}',
  'Co-financing of {activity}',
  'Results-based payments for {activity}',
  'Core funding for coordination and {activity}',
];

/**
 * The resources an organisation commits: funders give money (in local money,
 * dollars or their home currency), others in-kind goods and services and staff time.
 */
export function planContributions(
  random: SeededRandom,
  input: {
    organization: DemoOrganization;
    roles: readonly StakeholderRole[];
    theme: DemoTheme;
    scope: Scope;
    phase: Phase;
    partnershipCountry: string;
  },
): DemoContribution[] {
  const { organization, theme } = input;
  const type = organization.type;
  const describe = (text: string) => text.replaceAll('{activity}', random.pick(theme.activities));
  const contributions: DemoContribution[] = [];
  const isFunder = input.roles.includes(StakeholderRole.FUNDER);

  if (isFunder || random.chance(type === PRIVATE_SECTOR ? 0.25 : 0.1)) {
    const currency = fundingCurrency(random, organization, input.partnershipCountry);
    const [min, max] = fundingUsd[type];
    const usd = random.float(min, max) * scopeScale[input.scope] * (isFunder ? 1 : 0.2);
    contributions.push({
      kind: ContributionKind.FINANCIAL,
      description: describe(type === GOVERNMENT ? 'Budget line for {activity} in the development plan' : random.pick(grantDescriptions)),
      amount: roundAmountIn(currency, usd),
      currency,
      personDays: null,
    });
  }
  if (random.chance(inKindChance[type])) {
    const valued = type === PRIVATE_SECTOR || random.chance(0.3);
    const currency = currencyOfCountry(organization.country ?? input.partnershipCountry);
    contributions.push({
      kind: ContributionKind.IN_KIND,
      description: random.pick(theme.inKind),
      amount: valued ? roundAmountIn(currency, random.float(2_000, 120_000) * scopeScale[input.scope]) : null,
      currency: valued ? currency : null,
      personDays: null,
    });
  }
  if (random.chance(staffTimeChance[type])) {
    contributions.push({
      kind: ContributionKind.STAFF_TIME,
      description: describe(random.pick(staffDescriptions[type])),
      amount: null,
      currency: null,
      personDays: type === COMMUNITY ? random.int(50, 1_500) : random.int(2, 60) * 10,
    });
  }
  // Before the MoU, pledges are still vague: some are not written down yet.
  return input.phase === Phase.INITIATION ? contributions.filter(() => random.chance(0.6)) : contributions;
}

function fundingCurrency(random: SeededRandom, organization: DemoOrganization, partnershipCountry: string): string {
  switch (organization.type) {
    case MULTILATERAL:
      return random.pickWeighted([
        ['USD', 70],
        ['EUR', 20],
        [currencyOfCountry(partnershipCountry), 10],
      ]);
    case PHILANTHROPY:
      return random.chance(0.8) ? currencyOfCountry(organization.country) : 'USD';
    case PRIVATE_SECTOR:
      return random.chance(0.65) ? currencyOfCountry(organization.country ?? partnershipCountry) : 'USD';
    case GOVERNMENT:
    case CIVIL_SOCIETY:
    case ACADEMIA:
    case COMMUNITY:
      return random.chance(0.9) ? currencyOfCountry(organization.country ?? partnershipCountry) : 'USD';
  }
}
