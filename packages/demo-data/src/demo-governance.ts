import { DecisionMaking, Phase } from '@msp-atlas/msp-vocabulary';
import type { DemoGovernance } from './demo-partnership.js';
import { lastEnteredOn, nextMoveAfter, type PhaseTimeline } from './demo-phase-timeline.js';
import { addDays, daysBetween } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

const informalChannels = ['Shared email list of the initiators', 'WhatsApp group of the core group', 'Informal monthly calls'];
const formalChannels = [
  'Quarterly steering committee meetings',
  'Shared online workspace',
  'Monthly partner newsletter',
  'WhatsApp group for field coordinators',
  'Annual partner forum',
  'Public website with a progress dashboard',
  'Community radio broadcasts',
  'Bi-weekly coordination calls',
  'Community feedback meetings',
];

const decisionMakingWeights = [
  [DecisionMaking.CONSENSUS, 35],
  [DecisionMaking.STEERING_COMMITTEE, 40],
  [DecisionMaking.MAJORITY_VOTE, 10],
  [DecisionMaking.LEAD_ORGANIZATION, 15],
] as const;

/** Chance of a signed MoU, and of a secretariat, by phase: formal structures grow as a partnership matures. */
const mouChance: Record<Phase, number> = { INITIATION: 0, DESIGN: 0.65, IMPLEMENTATION: 0.92, FURTHER_DEVELOPMENT: 0.97 };
const secretariatChance: Record<Phase, number> = { INITIATION: 0, DESIGN: 0.15, IMPLEMENTATION: 0.85, FURTHER_DEVELOPMENT: 0.92 };
const secretariatStaff: Record<Phase, readonly [number, number]> = {
  INITIATION: [1, 1],
  DESIGN: [1, 2],
  IMPLEMENTATION: [1, 6],
  FURTHER_DEVELOPMENT: [2, 9],
};

export function planGovernance(random: SeededRandom, phase: Phase, timeline: PhaseTimeline, today: string): DemoGovernance {
  if (phase === Phase.INITIATION) {
    return {
      secretariatStaffCount: null,
      mouSignedOn: null,
      decisionMaking: random.chance(0.2) ? DecisionMaking.CONSENSUS : null,
      communicationChannels: random.sample(informalChannels, random.int(1, 2)),
    };
  }
  return {
    secretariatStaffCount: random.chance(secretariatChance[phase]) ? random.int(...secretariatStaff[phase]) : null,
    mouSignedOn: random.chance(mouChance[phase]) ? mouDate(random, timeline, today) : null,
    decisionMaking: random.pickWeighted(decisionMakingWeights),
    communicationChannels: random.sample(formalChannels, random.int(2, 4)),
  };
}

/** Signed during the partnership's last design phase, before it moved on (and never after today). */
function mouDate(random: SeededRandom, timeline: PhaseTimeline, today: string): string {
  const designFrom = lastEnteredOn(timeline, Phase.DESIGN)!;
  const designUntil = nextMoveAfter(timeline, designFrom) ?? today;
  const days = daysBetween(designFrom, designUntil);
  return addDays(designFrom, random.int(Math.min(20, days), Math.max(0, days - 1)));
}
