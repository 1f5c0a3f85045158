import { MilestoneStatus, Phase } from '@msp-atlas/msp-vocabulary';
import type { MilestoneInput } from './registration-input.js';
import type { DemoGovernance } from './demo-partnership.js';
import { lastEnteredOn, type PhaseTimeline } from './demo-phase-timeline.js';
import type { DemoTheme } from './demo-theme.js';
import { fillTemplate, type TextContext } from './demo-texts.js';
import { addDays, daysBetween, laterOf } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

type PlannedMilestone = Required<Pick<MilestoneInput, 'title' | 'dueOn' | 'status'>>;

/** How many milestones a partnership keeps in its plan, by phase. */
const milestoneCount: Record<Phase, readonly [number, number]> = {
  INITIATION: [2, 4],
  DESIGN: [4, 6],
  IMPLEMENTATION: [5, 8],
  FURTHER_DEVELOPMENT: [6, 9],
};
/** How far along the results chain a partnership plans, by phase. */
const planningHorizon: Record<Phase, number> = { INITIATION: 4, DESIGN: 6, IMPLEMENTATION: 9, FURTHER_DEVELOPMENT: 10 };

/**
 * A results chain of milestones through the phases, dated from the phase history
 * (or, for phases still ahead, from a projection), with statuses that fit the dates.
 */
export function planMilestones(
  random: SeededRandom,
  input: {
    theme: DemoTheme;
    phase: Phase;
    timeline: PhaseTimeline;
    governance: DemoGovernance;
    text: TextContext;
    overdue: boolean;
    today: string;
  },
): PlannedMilestone[] {
  const { theme, timeline, governance, today } = input;
  const designOn =
    timeline.steps.find((step) => step.phase === Phase.DESIGN)?.changedOn ?? addDays(laterOf(today, addDays(timeline.startDate, 200)), random.int(30, 180));
  const implementationOn = lastEnteredOn(timeline, Phase.IMPLEMENTATION) ?? addDays(laterOf(today, designOn), random.int(200, 400));
  const furtherOn = lastEnteredOn(timeline, Phase.FURTHER_DEVELOPMENT) ?? addDays(implementationOn, random.int(1_000, 1_500));
  const themed = (index: number) => (theme.milestones[index] ? fillTemplate(random, theme.milestones[index], input.text) : null);
  const after = (date: string, min: number, max: number) => addDays(date, random.int(min, max));

  const chain: { title: string | null; dueOn: string; done?: boolean }[] = [
    { title: 'Stakeholder mapping and context analysis completed', dueOn: after(timeline.startDate, 40, 120) },
    { title: 'Core group constituted', dueOn: after(timeline.startDate, 60, 160) },
    { title: themed(0), dueOn: after(designOn, 30, 150) },
    { title: 'Memorandum of understanding signed', dueOn: governance.mouSignedOn ?? after(designOn, 90, 200), done: governance.mouSignedOn !== null },
    { title: 'Secretariat staffed and monitoring system in place', dueOn: after(implementationOn, 20, 120), done: governance.secretariatStaffCount !== null },
    { title: themed(1), dueOn: after(implementationOn, 150, 400) },
    { title: themed(2), dueOn: after(implementationOn, 400, 800) },
    { title: 'Mid-term review completed', dueOn: after(implementationOn, 700, 900) },
    { title: themed(3), dueOn: after(implementationOn, 900, 1_300) },
    { title: 'Continuation and handover plan agreed', dueOn: after(furtherOn, 150, 400) },
  ];
  const [min, max] = milestoneCount[input.phase];
  const candidates = chain.slice(0, planningHorizon[input.phase]).filter((item): item is typeof item & { title: string } => item.title !== null);
  const kept = new Set(random.sample(candidates, random.int(min, max)));
  return candidates
    .filter((item) => kept.has(item))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((item) => ({
      title: item.title,
      dueOn: item.dueOn,
      status: statusOf(random, item.dueOn, item.done, input.overdue, today),
    }));
}

function statusOf(random: SeededRandom, dueOn: string, done: boolean | undefined, overdue: boolean, today: string): MilestoneStatus {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft > 0) {
    return daysLeft <= 90 && random.chance(0.6) ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
  }
  if (done !== undefined) return done ? MilestoneStatus.ACHIEVED : MilestoneStatus.DELAYED;
  if (daysLeft > -45 && random.chance(0.5)) return MilestoneStatus.IN_PROGRESS;
  return random.pickWeighted([
    [MilestoneStatus.ACHIEVED, overdue ? 60 : 80],
    [MilestoneStatus.DELAYED, overdue ? 35 : 16],
    [MilestoneStatus.CANCELLED, 4],
  ]);
}
