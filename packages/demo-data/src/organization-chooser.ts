import type { OrganizationType } from '@msp-atlas/msp-vocabulary';
import type { DemoOrganization } from './demo-organization.js';
import type { SeededRandom } from './seeded-random.js';

/** What a partnership looks for in a new partner. */
export interface PartnerWanted {
  type: OrganizationType;
  /** Where the partnership works. */
  countries: readonly string[];
  /** Its theme key. */
  theme: string;
  /** Names of the organisations it already has. */
  taken: ReadonlySet<string>;
}

/** Finds an organisation that fits, or null if there is none. */
export type OrganizationChooser = (random: SeededRandom, wanted: PartnerWanted) => DemoOrganization | null;

/** Chance that an organisation of this type joins from abroad rather than from the countries worked in. */
const chanceFromAbroad: Record<OrganizationType, number> = {
  MULTILATERAL: 1,
  PHILANTHROPY: 0.8,
  PRIVATE_SECTOR: 0.25,
  ACADEMIA: 0.25,
  GOVERNMENT: 0,
  CIVIL_SOCIETY: 0,
  COMMUNITY: 0,
};

export function joinsFromAbroad(random: SeededRandom, type: OrganizationType): boolean {
  return random.chance(chanceFromAbroad[type]);
}
