import { OrganizationType, type Phase, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import type { SeededRandom } from './seeded-random.js';

const { GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, ACADEMIA, MULTILATERAL, PHILANTHROPY, COMMUNITY } = OrganizationType;

/** Partners per partnership, by phase: the circle widens as a partnership matures. */
const partnerCount: Record<Phase, readonly [number, number]> = {
  INITIATION: [3, 5],
  DESIGN: [4, 7],
  IMPLEMENTATION: [5, 9],
  FURTHER_DEVELOPMENT: [6, 10],
};

/** How likely each type is at the table at all; civil society always is. */
const presence: readonly (readonly [OrganizationType, number])[] = [
  [GOVERNMENT, 0.85],
  [COMMUNITY, 0.7],
  [PRIVATE_SECTOR, 0.7],
  [ACADEMIA, 0.5],
  [MULTILATERAL, 0.45],
  [PHILANTHROPY, 0.45],
];

const extraTypeWeights = [
  [CIVIL_SOCIETY, 30],
  [GOVERNMENT, 20],
  [PRIVATE_SECTOR, 20],
  [COMMUNITY, 20],
  [ACADEMIA, 5],
  [PHILANTHROPY, 5],
] as const;

/** The organisation types around the table, in no particular order. */
export function chooseStakeholderTypes(random: SeededRandom, phase: Phase): OrganizationType[] {
  const types = [CIVIL_SOCIETY, ...presence.filter(([, chance]) => random.chance(chance)).map(([type]) => type)];
  const wanted = random.int(...partnerCount[phase]);
  while (types.length < wanted) types.push(random.pickWeighted(extraTypeWeights));
  return random.shuffle(types);
}

/** The role an organisation of this type usually takes beyond initiating or the core group. */
export function typicalRole(random: SeededRandom, type: OrganizationType): StakeholderRole {
  switch (type) {
    case GOVERNMENT:
      return random.pickWeighted([
        [StakeholderRole.CHAMPION, 35],
        [StakeholderRole.FUNDER, 35],
        [StakeholderRole.MEMBER, 30],
      ]);
    case PRIVATE_SECTOR:
      return random.pickWeighted([
        [StakeholderRole.FUNDER, 40],
        [StakeholderRole.IMPLEMENTER, 40],
        [StakeholderRole.MEMBER, 20],
      ]);
    case CIVIL_SOCIETY:
      return random.chance(0.7) ? StakeholderRole.IMPLEMENTER : StakeholderRole.MEMBER;
    case ACADEMIA:
      return random.chance(0.8) ? StakeholderRole.ADVISOR : StakeholderRole.MEMBER;
    case MULTILATERAL:
      return random.chance(0.8) ? StakeholderRole.FUNDER : StakeholderRole.ADVISOR;
    case PHILANTHROPY:
      return StakeholderRole.FUNDER;
    case COMMUNITY:
      return random.chance(0.6) ? StakeholderRole.MEMBER : StakeholderRole.IMPLEMENTER;
  }
}

/** Types that can host a secretariat, most likely first. */
export const secretariatHostTypes: readonly OrganizationType[] = [CIVIL_SOCIETY, MULTILATERAL, ACADEMIA, GOVERNMENT];

/** Types that can lead an initiative. */
export const initiatorTypes: readonly OrganizationType[] = [GOVERNMENT, CIVIL_SOCIETY, MULTILATERAL, PHILANTHROPY, PRIVATE_SECTOR];
