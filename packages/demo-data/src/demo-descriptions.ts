import { OrganizationType, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import type { DemoLocation } from './demo-location.js';
import type { DemoStakeholder } from './demo-partnership.js';
import type { DemoTheme } from './demo-theme.js';
import { capitalize, fillText, joinAsList, type TextContext } from './demo-texts.js';
import type { SeededRandom } from './seeded-random.js';

const typeNouns: Record<OrganizationType, string> = {
  GOVERNMENT: 'government',
  PRIVATE_SECTOR: 'companies',
  CIVIL_SOCIETY: 'NGOs',
  ACADEMIA: 'researchers',
  MULTILATERAL: 'multilateral agencies',
  PHILANTHROPY: 'foundations',
  COMMUNITY: 'community organisations',
};

/** One sentence naming who works together on what, and where. */
export function summaryOf(theme: DemoTheme, location: DemoLocation, stakeholders: readonly DemoStakeholder[]): string {
  return `${partnersPhrase(stakeholders)} working together on ${theme.focus} in ${location.where}.`;
}

/** "NGOs, government and companies": the kinds of partner present, or "Initiators" when none is recorded yet. */
export function partnersPhrase(stakeholders: readonly DemoStakeholder[]): string {
  const present = Object.values(OrganizationType).filter((type) => stakeholders.some((stakeholder) => stakeholder.organization.type === type));
  return present.length > 0 ? capitalize(joinAsList(present.map((type) => typeNouns[type]))) : 'Initiators';
}

/** The sentence on who started the partnership and how many partners it has. */
export function originSentence(startYear: number, stakeholders: readonly DemoStakeholder[]): string {
  const initiator = stakeholders.find((stakeholder) => stakeholder.roles.includes(StakeholderRole.INITIATOR));
  return initiator
    ? `The partnership was initiated in ${startYear} by ${initiator.organization.name} and now counts ${stakeholders.length} partners.`
    : `The partnership was initiated in ${startYear}.`;
}

/** The problem, the approach, and who started it. */
export function descriptionOf(
  random: SeededRandom,
  input: { theme: DemoTheme; text: TextContext; startYear: number; stakeholders: readonly DemoStakeholder[] },
): string {
  return [
    fillText(random.pick(input.theme.problems), input.text),
    fillText(random.pick(input.theme.approaches), input.text),
    originSentence(input.startYear, input.stakeholders),
  ].join(' ');
}
