import { OrganizationType } from '../domain/enums.js';
import type { DemoOrganization } from './demo-organization.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * Finds an organisation of `type` for a partnership working in `countries`, other
 * than those the partnership already has (`taken`, by name); null if there is none.
 */
export type OrganizationChooser = (
  random: SeededRandom,
  type: OrganizationType,
  countries: readonly string[],
  taken: ReadonlySet<string>,
) => DemoOrganization | null;

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
