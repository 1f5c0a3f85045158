import { Phase } from '@msp-atlas/msp-vocabulary';
import { lastEnteredOn, type PhaseTimeline } from './demo-phase-timeline.js';
import type { DemoTheme } from './demo-theme.js';
import { fillText, type TextContext } from './demo-texts.js';
import { addDays, daysBetween } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

/** Chance that the partners wrote down a shared problem statement, by phase: most do while they understand the problem. */
const problemStatementChance: Record<Phase, number> = { INITIATION: 0.45, DESIGN: 0.7, IMPLEMENTATION: 0.8, FURTHER_DEVELOPMENT: 0.85 };
/** Chance of a continuation or handover plan: expected in further development, rare before. */
const continuationPlanChance: Record<Phase, number> = { INITIATION: 0, DESIGN: 0, IMPLEMENTATION: 0.1, FURTHER_DEVELOPMENT: 0.6 };
/** Chance of a recorded evaluation (a mid-term review while implementing). */
const evaluationChance: Record<Phase, number> = { INITIATION: 0, DESIGN: 0, IMPLEMENTATION: 0.2, FURTHER_DEVELOPMENT: 0.7 };

const problemFramings = [
  'The partners agree that none of them can solve this alone.',
  'Partners from government, business and civil society describe the problem in these shared words.',
  'This statement was agreed at the first stakeholder workshop.',
];

const continuationPlans = [
  'Local partners in {place} take over coordination step by step; the secretariat hands over its tasks by the end of the current cycle.',
  'Scale the approach to neighbouring districts of {place} with the district authorities in the lead, and reduce external funding by half.',
  'Community organisations in {place} keep running the activities; the partnership turns into a learning network for other regions.',
];

export interface DemoHealthRecords {
  problemStatement: string | null;
  continuationPlan: string | null;
  lastEvaluatedOn: string | null;
}

/** The problem statement, continuation plan and last evaluation, as far as a partnership in this phase has them. */
export function planHealthRecords(
  random: SeededRandom,
  input: { theme: DemoTheme; phase: Phase; timeline: PhaseTimeline; text: TextContext; today: string },
): DemoHealthRecords {
  const { phase, timeline, text, today } = input;
  const problemStatement = random.chance(problemStatementChance[phase])
    ? `${fillText(random.pick(input.theme.problems), text)} ${random.pick(problemFramings)}`
    : null;
  const continuationPlan = random.chance(continuationPlanChance[phase]) ? fillText(random.pick(continuationPlans), text) : null;
  return { problemStatement, continuationPlan, lastEvaluatedOn: random.chance(evaluationChance[phase]) ? evaluationDate(random, timeline, today) : null };
}

/** Some time after implementation began, never in the future; now and then long ago. */
function evaluationDate(random: SeededRandom, timeline: PhaseTimeline, today: string): string | null {
  const implementedFrom = timeline.steps.find((step) => step.phase === Phase.IMPLEMENTATION)?.changedOn ?? lastEnteredOn(timeline, Phase.IMPLEMENTATION);
  if (!implementedFrom) return null;
  const days = daysBetween(implementedFrom, today);
  if (days < 90) return null;
  return addDays(implementedFrom, random.int(Math.min(60, days), days - 1));
}
