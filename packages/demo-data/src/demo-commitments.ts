import { OrganizationType, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import type { DemoTheme } from './demo-theme.js';
import type { SeededRandom } from './seeded-random.js';

const commitmentsByRole: Record<StakeholderRole, readonly string[]> = {
  INITIATOR: ['Convenes the core group and leads the joint work on {activity}', 'Initiated the partnership and chairs its steering committee'],
  CORE_GROUP: ['Shares leadership of the roadmap and co-decides on budget and priorities', 'Takes joint responsibility for results on {activity}'],
  FUNDER: ['Co-finances {activity} for {years} years', 'Funds {activity} and the partnership’s monitoring'],
  IMPLEMENTER: ['Implements {activity} in {place}', 'Runs {activity} with its field teams in {place}'],
  SECRETARIAT: [
    'Hosts the secretariat and coordinates partners’ planning and reporting',
    'Hosts the secretariat, keeps the partner register and prepares steering committee meetings',
  ],
  ADVISOR: ['Advises on {activity} and leads the baseline and evaluation', 'Provides evidence and methods for monitoring {activity}'],
  CHAMPION: [
    'Champions the partnership in national policy dialogue',
    'Aligns the partnership with the national development plan and opens doors to ministries',
  ],
  MEMBER: ['Shares data and takes part in joint planning', 'Contributes its networks and takes part in the annual partner forum'],
};

/** Community organisations speak for the people the partnership works with. */
const communityCommitments = [
  'Represents the people of {place} in the steering committee',
  'Mobilises households in {place} and voices their feedback to partners',
];

/** What the organisation promises, in one sentence, from its most specific role. */
export function commitmentFor(
  random: SeededRandom,
  input: { type: OrganizationType; roles: readonly StakeholderRole[]; theme: DemoTheme; place: string },
): string {
  const { roles, theme, place } = input;
  const specific = roles.filter((role) => role !== StakeholderRole.CORE_GROUP);
  const role = specific.length > 0 ? random.pick(specific) : StakeholderRole.CORE_GROUP;
  const choices = input.type === OrganizationType.COMMUNITY && role === StakeholderRole.MEMBER ? communityCommitments : commitmentsByRole[role];
  return random
    .pick(choices)
    .replaceAll('{activity}', random.pick(theme.activities))
    .replaceAll('{place}', place)
    .replaceAll('{years}', String(random.int(2, 5)));
}
