import type { OrganizationType } from '../domain/enums.js';
import { programCountry } from './demo-countries.js';
import type { DemoOrganization } from './demo-organization.js';
import { internationalOrganizations } from './international-organizations.js';
import { localOrganizationName } from './local-organization-names.js';
import { joinsFromAbroad, type OrganizationChooser } from './organization-chooser.js';
import type { SeededRandom } from './seeded-random.js';

const ATTEMPTS = 8;

/** Makes up a new organisation for every stakeholder, to register inline with its partnership. */
export const chooseNewOrganization: OrganizationChooser = (random, type, countries, taken) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const fromAbroad = joinsFromAbroad(random, type);
    const candidates = internationalOrganizations.filter((organization) => organization.type === type);
    const organization: DemoOrganization | null = fromAbroad
      ? candidates.length > 0 ? random.pick(candidates) : null
      : madeUpLocally(random, type, countries);
    if (organization && !taken.has(organization.name)) return { ...organization };
  }
  return null;
};

function madeUpLocally(random: SeededRandom, type: OrganizationType, countries: readonly string[]): DemoOrganization | null {
  if (countries.length === 0) return null;
  const country = programCountry(random.pick(countries));
  return { name: localOrganizationName(random, type, country), type, country: country.code };
}
