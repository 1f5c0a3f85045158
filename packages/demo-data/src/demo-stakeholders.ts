import { OrganizationType, Phase, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import { commitmentFor } from './demo-commitments.js';
import { planContributions } from './demo-contributions.js';
import type { DemoLocation } from './demo-location.js';
import type { DemoOrganization } from './demo-organization.js';
import type { DemoStakeholder } from './demo-partnership.js';
import { chooseStakeholderTypes, initiatorTypes, secretariatHostTypes, typicalRole } from './demo-stakeholder-roles.js';
import type { DemoTheme } from './demo-theme.js';
import type { OrganizationChooser } from './organization-chooser.js';
import type { SeededRandom } from './seeded-random.js';

const funderTypesByPreference: readonly OrganizationType[] = [
  OrganizationType.MULTILATERAL,
  OrganizationType.PHILANTHROPY,
  OrganizationType.GOVERNMENT,
  OrganizationType.PRIVATE_SECTOR,
];

/**
 * The partners around the table: an initiator, a core group, the roles each type
 * usually takes, at least one funder once the partnership designs, and the
 * secretariat's host when there is a secretariat.
 */
export function planStakeholders(
  random: SeededRandom,
  input: {
    theme: DemoTheme;
    location: DemoLocation;
    phase: Phase;
    hasSecretariat: boolean;
    chooseOrganization: OrganizationChooser;
  },
): DemoStakeholder[] {
  const organizations = chooseOrganizations(random, input);
  const roles = organizations.map((organization) => new Set([typicalRole(random, organization.type)]));

  const initiator = Math.max(
    0,
    organizations.findIndex((organization) => initiatorTypes.includes(organization.type)),
  );
  roles[initiator]?.add(StakeholderRole.INITIATOR).add(StakeholderRole.CORE_GROUP);
  const coreMembers = random.sample(
    [...organizations.keys()].filter((index) => index !== initiator),
    random.int(1, 3),
  );
  for (const index of coreMembers) roles[index]!.add(StakeholderRole.CORE_GROUP);

  if (input.phase !== Phase.INITIATION && !roles.some((set) => set.has(StakeholderRole.FUNDER))) {
    roles[preferredIndex(organizations, funderTypesByPreference) ?? initiator]?.add(StakeholderRole.FUNDER);
  }
  const host = input.hasSecretariat ? (preferredIndex(organizations, secretariatHostTypes) ?? initiator) : null;
  if (host !== null) roles[host]?.add(StakeholderRole.SECRETARIAT);

  return organizations.map((organization, index) => {
    const ownRoles = [...roles[index]!];
    return {
      organization,
      roles: ownRoles,
      commitment: commitmentFor(random, {
        type: organization.type,
        roles: ownRoles,
        theme: input.theme,
        place: input.location.where,
      }),
      contributions: planContributions(random, {
        organization,
        roles: ownRoles,
        theme: input.theme,
        scope: input.location.scope,
        phase: input.phase,
        partnershipCountry: input.location.countries[0]!,
      }),
      hostsSecretariat: index === host,
    };
  });
}

function chooseOrganizations(
  random: SeededRandom,
  input: { theme: DemoTheme; phase: Phase; location: DemoLocation; chooseOrganization: OrganizationChooser },
): DemoOrganization[] {
  const taken = new Set<string>();
  const organizations: DemoOrganization[] = [];
  for (const type of chooseStakeholderTypes(random, input.phase)) {
    const wanted = { type, countries: input.location.countries, theme: input.theme.key, taken };
    const organization = input.chooseOrganization(random, wanted);
    if (!organization) continue;
    taken.add(organization.name);
    organizations.push(organization);
  }
  return organizations;
}

/** The first organisation of the most preferred type present. */
function preferredIndex(organizations: readonly DemoOrganization[], types: readonly OrganizationType[]): number | null {
  for (const type of types) {
    const index = organizations.findIndex((organization) => organization.type === type);
    if (index >= 0) return index;
  }
  return null;
}
