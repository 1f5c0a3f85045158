import { programCountry } from './demo-countries.js';
import { worksOnTheme, type DemoOrganization } from './demo-organization.js';
import { asDemoOrganization, internationalOrganizations, worksIn } from './international-organizations.js';
import { localOrganization } from './local-organization-names.js';
import { joinsFromAbroad, type OrganizationChooser, type PartnerWanted } from './organization-chooser.js';
import type { SeededRandom } from './seeded-random.js';

const ATTEMPTS = 8;

/** Makes up a new organisation for every stakeholder, to register inline with its partnership. */
export const chooseNewOrganization: OrganizationChooser = (random, wanted) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const organization = joinsFromAbroad(random, wanted.type) ? fromAbroad(random, wanted) : madeUpLocally(random, wanted);
    if (organization && !wanted.taken.has(organization.name)) return organization;
  }
  return null;
};

function fromAbroad(random: SeededRandom, { type, countries, theme }: PartnerWanted): DemoOrganization | null {
  const candidates = internationalOrganizations.filter(
    (organization) => organization.type === type && worksOnTheme(organization, theme) && worksIn(organization, countries),
  );
  return candidates.length > 0 ? asDemoOrganization(random.pick(candidates)) : null;
}

function madeUpLocally(random: SeededRandom, { type, countries, theme }: PartnerWanted): DemoOrganization | null {
  if (countries.length === 0) return null;
  return localOrganization(random, type, programCountry(random.pick(countries)), theme);
}
