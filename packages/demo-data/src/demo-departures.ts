import { OrganizationType, Phase, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import type { DemoLocation } from './demo-location.js';
import type { DemoStakeholder } from './demo-partnership.js';
import type { DemoTheme } from './demo-theme.js';
import type { OrganizationChooser } from './organization-chooser.js';
import type { SeededRandom } from './seeded-random.js';

/** Chance that partners left in the past year, once there is something to leave (after initiation). */
const DEPARTURE_CHANCE = 0.12;

const departedTypes = [
  [OrganizationType.PRIVATE_SECTOR, 30],
  [OrganizationType.CIVIL_SOCIETY, 30],
  [OrganizationType.GOVERNMENT, 20],
  [OrganizationType.ACADEMIA, 20],
] as const;

const departedCommitments = ['Took part in joint planning until its own priorities changed', 'Implemented activities in the first year'];

/** One or two organisations that joined and left again in the past year (`count` forces how many). */
export function planDepartures(
  random: SeededRandom,
  input: {
    phase: Phase;
    theme: DemoTheme;
    location: DemoLocation;
    stakeholders: readonly DemoStakeholder[];
    chooseOrganization: OrganizationChooser;
    count?: number;
  },
): DemoStakeholder[] {
  const count = input.count ?? (input.phase !== Phase.INITIATION && random.chance(DEPARTURE_CHANCE) ? random.int(1, 2) : 0);
  const taken = new Set(input.stakeholders.map((stakeholder) => stakeholder.organization.name));
  const departed: DemoStakeholder[] = [];
  for (let attempt = 0; departed.length < count && attempt < count * 4; attempt += 1) {
    const organization = input.chooseOrganization(random, {
      type: random.pickWeighted(departedTypes),
      countries: input.location.countries,
      theme: input.theme.key,
      taken,
    });
    if (!organization) continue;
    taken.add(organization.name);
    departed.push({
      organization,
      roles: [random.chance(0.5) ? StakeholderRole.MEMBER : StakeholderRole.IMPLEMENTER],
      commitment: random.pick(departedCommitments),
      contributions: [],
      hostsSecretariat: false,
    });
  }
  return departed;
}
