import { Phase } from '@msp-atlas/msp-vocabulary';
import type { PhaseStep } from './demo-partnership.js';
import { addDays } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

/** When a partnership started and how it moved through the phases to where it is today. */
export interface PhaseTimeline {
  startDate: string;
  steps: PhaseStep[];
}

const { INITIATION, DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT } = Phase;

/** A move from one phase to another, e.g. 'DESIGN>IMPLEMENTATION'. */
type Move = `${Phase}>${Phase}`;

/** Days a partnership typically spends before each move. */
const daysBefore: Partial<Record<Move, readonly [number, number]>> = {
  'INITIATION>DESIGN': [90, 330],
  'DESIGN>IMPLEMENTATION': [150, 450],
  'IMPLEMENTATION>FURTHER_DEVELOPMENT': [900, 1_800],
  'IMPLEMENTATION>DESIGN': [120, 600],
  'DESIGN>INITIATION': [60, 200],
  'FURTHER_DEVELOPMENT>IMPLEMENTATION': [200, 500],
};

/** Notes for each move; `#again` for a move the partnership has made before. */
const notes: Readonly<Record<string, readonly string[]>> = {
  'INITIATION>DESIGN': [
    'Core group formed; partners agreed to draft a joint roadmap',
    'Context analysis validated at a stakeholder workshop in {place}',
    'Problem statement and stakeholder map agreed by the initiators',
  ],
  'DESIGN>IMPLEMENTATION': [
    'MoU signed and budget secured; secretariat recruited',
    'Roadmap adopted by the steering committee; first activities launched',
    'Funding agreements signed with the core funders',
  ],
  'IMPLEMENTATION>FURTHER_DEVELOPMENT': [
    'Mid-term evaluation recommends scaling to neighbouring districts',
    'Evaluation completed; handover to local partners being prepared',
    'Partners decided to refocus on sustaining results beyond {place}',
  ],
  'IMPLEMENTATION>DESIGN': [
    'Key funding partner left; roadmap and budget being renegotiated',
    'Lead implementer withdrew; roles and contributions redistributed',
    'Government counterpart restructured; MoU to be signed again',
  ],
  'DESIGN>IMPLEMENTATION#again': ['Revised MoU signed with a new partner on board', 'New core funder joined; implementation resumed'],
  'DESIGN>INITIATION': [
    'Community consultation showed the target group was missing; core group widened',
    'Main funder withdrew before the MoU; back to building the core group',
  ],
  'INITIATION>DESIGN#again': ['Widened core group resumed drafting the roadmap'],
  'FURTHER_DEVELOPMENT>IMPLEMENTATION': ['Scale-up approved; new implementation cycle in additional districts'],
  'IMPLEMENTATION>FURTHER_DEVELOPMENT#again': ['Scale-up phase evaluated; continuation plan under discussion'],
};

/** Days spent in the phase reached last, up to today. */
const daysSinceLastMove: Record<Phase, readonly [number, number]> = {
  INITIATION: [20, 330],
  DESIGN: [15, 400],
  IMPLEMENTATION: [20, 1_100],
  FURTHER_DEVELOPMENT: [30, 900],
};
/** Overdue partnerships have implemented for over a year without a report. */
const OVERDUE_DAYS_IN_IMPLEMENTATION: readonly [number, number] = [420, 1_000];

function phasePathTo(random: SeededRandom, phase: Phase): Phase[] {
  switch (phase) {
    case INITIATION:
      return [];
    case DESIGN:
      return random.chance(0.12) ? [DESIGN, INITIATION, DESIGN] : [DESIGN];
    case IMPLEMENTATION:
      return random.chance(0.15) ? [DESIGN, IMPLEMENTATION, DESIGN, IMPLEMENTATION] : [DESIGN, IMPLEMENTATION];
    case FURTHER_DEVELOPMENT:
      if (random.chance(0.12)) return [DESIGN, IMPLEMENTATION, DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT];
      if (random.chance(0.08)) return [DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT, IMPLEMENTATION, FURTHER_DEVELOPMENT];
      return [DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT];
  }
}

/**
 * Plans a phase history that ends in `phase` today: the partnership starts in
 * INITIATION and every later move lies between its start and today.
 */
export function planPhaseTimeline(random: SeededRandom, phase: Phase, today: string, options: { overdue: boolean; place: string }): PhaseTimeline {
  const path = phasePathTo(random, phase);
  const madeBefore = new Set<Move>();
  let previous: Phase = INITIATION;
  const moves = path.map((next) => {
    const move: Move = `${previous}>${next}`;
    const noteChoices = (madeBefore.has(move) && notes[`${move}#again`]) || notes[move] || ['Phase changed'];
    const [min, max] = daysBefore[move] ?? [90, 300];
    madeBefore.add(move);
    previous = next;
    return { phase: next, days: random.int(min, max), note: random.pick(noteChoices).replaceAll('{place}', options.place) };
  });
  const [min, max] = options.overdue && phase === IMPLEMENTATION ? OVERDUE_DAYS_IN_IMPLEMENTATION : daysSinceLastMove[phase];
  const totalDays = moves.reduce((sum, move) => sum + move.days, 0) + random.int(min, max);

  const startDate = addDays(today, -totalDays);
  let date = startDate;
  const steps = moves.map((move) => {
    date = addDays(date, move.days);
    return { phase: move.phase, changedOn: date, note: move.note };
  });
  return { startDate, steps };
}

/** The date the partnership last moved into `phase`, or null if it never did. */
export function lastEnteredOn(timeline: PhaseTimeline, phase: Phase): string | null {
  return timeline.steps.filter((step) => step.phase === phase).at(-1)?.changedOn ?? null;
}

/** The date of the move after the one on `date`, or null when that was the last move. */
export function nextMoveAfter(timeline: PhaseTimeline, date: string): string | null {
  return timeline.steps.find((step) => step.changedOn > date)?.changedOn ?? null;
}
