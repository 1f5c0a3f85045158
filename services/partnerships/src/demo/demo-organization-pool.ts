import { OrganizationType } from '../domain/enums.js';
import { programCountries } from './demo-countries.js';
import type { DemoOrganization } from './demo-organization.js';
import { internationalOrganizations } from './international-organizations.js';
import { localOrganizationName } from './local-organization-names.js';
import { joinsFromAbroad, type OrganizationChooser } from './organization-chooser.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

/** Organisations based in each programme country, by type. */
const perCountry: Record<OrganizationType, readonly [number, number]> = {
  GOVERNMENT: [2, 3],
  CIVIL_SOCIETY: [2, 3],
  COMMUNITY: [2, 3],
  PRIVATE_SECTOR: [1, 3],
  ACADEMIA: [1, 1],
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
        const name = localOrganizationName(random, type, country);
        if (names.has(name)) continue;
        names.add(name);
        local.push({ name, type, country: country.code });
        made++;
      }
    }
  }
  return { organizations: [...internationalOrganizations, ...local], choose: choosingFrom(local) };
}

function choosingFrom(local: readonly DemoOrganization[]): OrganizationChooser {
  return (random, type, countries, taken) => {
    const free = (organization: DemoOrganization) => organization.type === type && !taken.has(organization.name);
    const nearby = local.filter((organization) => free(organization) && countries.includes(organization.country ?? ''));
    const abroad = internationalOrganizations.filter(free);
    const [first, second] = joinsFromAbroad(random, type) ? [abroad, nearby] : [nearby, abroad];
    return pickFrom(random, first) ?? pickFrom(random, second);
  };
}

function pickFrom(random: SeededRandom, organizations: readonly DemoOrganization[]): DemoOrganization | null {
  return organizations.length > 0 ? random.pick(organizations) : null;
}
