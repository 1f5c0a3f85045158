import { OrganizationType } from '@msp-atlas/msp-vocabulary';
import { programCountries } from './demo-countries.js';
import { worksOnTheme, type DemoOrganization } from './demo-organization.js';
import { asDemoOrganization, internationalOrganizations, worksIn } from './international-organizations.js';
import { localOrganization } from './local-organization-names.js';
import { joinsFromAbroad, type OrganizationChooser } from './organization-chooser.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

/** Organisations based in each programme country, by type. */
const perCountry: Record<OrganizationType, readonly [number, number]> = {
  GOVERNMENT: [2, 4],
  CIVIL_SOCIETY: [2, 4],
  COMMUNITY: [2, 4],
  PRIVATE_SECTOR: [2, 4],
  ACADEMIA: [1, 2],
  PHILANTHROPY: [0, 1],
  MULTILATERAL: [0, 0],
};

/** A fixed set of named organisations that partnerships draw their partners from, so partners recur. */
export interface OrganizationPool {
  organizations: readonly DemoOrganization[];
  choose: OrganizationChooser;
}

export function buildOrganizationPool(seed: number): OrganizationPool {
  const random = createSeededRandom(seed);
  const names = new Set(internationalOrganizations.map((organization) => organization.name));
  const local: DemoOrganization[] = [];
  for (const country of programCountries) {
    for (const type of Object.values(OrganizationType)) {
      const count = random.int(...perCountry[type]);
      for (let made = 0, attempts = 0; made < count && attempts < 20; attempts++) {
        const organization = localOrganization(random, type, country);
        if (!organization || names.has(organization.name)) continue;
        names.add(organization.name);
        local.push(organization);
        made++;
      }
    }
  }
  return {
    organizations: [...internationalOrganizations.map(asDemoOrganization), ...local],
    choose: choosingFrom(local),
  };
}

function choosingFrom(local: readonly DemoOrganization[]): OrganizationChooser {
  return (random, { type, countries, theme, taken }) => {
    const fits = (organization: DemoOrganization) => organization.type === type && !taken.has(organization.name) && worksOnTheme(organization, theme);
    const nearby = local.filter((organization) => fits(organization) && countries.includes(organization.country ?? ''));
    const abroad = internationalOrganizations.filter((organization) => fits(organization) && worksIn(organization, countries)).map(asDemoOrganization);
    const [first, second] = joinsFromAbroad(random, type) ? [abroad, nearby] : [nearby, abroad];
    return pickFrom(random, first) ?? pickFrom(random, second);
  };
}

function pickFrom(random: SeededRandom, organizations: readonly DemoOrganization[]): DemoOrganization | null {
  return organizations.length > 0 ? random.pick(organizations) : null;
}
