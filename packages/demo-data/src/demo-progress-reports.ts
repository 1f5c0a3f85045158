import { Phase } from '@msp-atlas/msp-vocabulary';
import { reportedValue, type DemoIndicator } from './demo-indicators.js';
import type { DemoProgressReport } from './demo-partnership.js';
import { lastEnteredOn, type PhaseTimeline } from './demo-phase-timeline.js';
import type { DemoTheme } from './demo-theme.js';
import { addDays, daysBetween, laterOf } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

/** Reports kept per partnership: the most recent years. */
const MAX_REPORTS = 6;
/** A report period shorter than this is not worth a report of its own. */
const MIN_PERIOD_DAYS = 60;
/** Implementation is planned to reach its targets in about four years. */
const PLANNED_IMPLEMENTATION_DAYS = 4 * 365;

const highlights = [
  'Partners met quarterly as agreed, and the secretariat consolidated monitoring data from all implementers.',
  'A joint field visit with the district authorities confirmed the results reported by implementers.',
  'Two new local partners joined the partnership this year.',
  'The learning workshop produced three lessons now shared with other partnerships.',
  'Co-financing from the private partners exceeded the amount pledged.',
  'Community feedback meetings led to changes in where activities take place.',
];

const challenges = [
  'Heavy rains delayed field work for two months.',
  'Currency depreciation raised the cost of imported equipment.',
  'One implementing partner reduced its staff time; tasks were redistributed.',
  'Insecurity limited access to two districts for part of the year.',
  'Staff turnover at the secretariat slowed reporting.',
  'Procurement took longer than planned because of new public tender rules.',
];

/**
 * Yearly progress reports since the partnership last entered implementation,
 * counted back from the latest: a recent one normally, one over a year old for a
 * partnership meant to be overdue. Every date lies in the past.
 */
export function planProgressReports(
  random: SeededRandom,
  input: {
    phase: Phase;
    timeline: PhaseTimeline;
    theme: DemoTheme;
    place: string;
    indicators: readonly DemoIndicator[];
    overdue: boolean;
    today: string;
  },
): DemoProgressReport[] {
  if (input.phase !== Phase.IMPLEMENTATION && input.phase !== Phase.FURTHER_DEVELOPMENT) return [];
  const since = lastEnteredOn(input.timeline, Phase.IMPLEMENTATION);
  if (!since) return [];

  const reports: DemoProgressReport[] = [];
  let reportedOn = addDays(input.today, -(input.overdue ? random.int(400, 720) : random.int(10, 240)));
  let periodEnd = addDays(reportedOn, -random.int(15, 60));
  while (reports.length < MAX_REPORTS) {
    const yearBefore = addDays(periodEnd, -364);
    const periodStart = laterOf(yearBefore, since);
    if (daysBetween(periodStart, periodEnd) < MIN_PERIOD_DAYS) break;
    const progress = daysBetween(since, periodEnd) / PLANNED_IMPLEMENTATION_DAYS;
    reports.unshift({
      periodStart,
      periodEnd,
      reportedOn,
      summary: summaryOf(random, input.theme, input.place, periodEnd),
      values: input.indicators.map((indicator) => (random.chance(0.85) ? reportedValue(random, indicator, progress) : null)),
    });
    periodEnd = addDays(periodStart, -1);
    reportedOn = addDays(periodEnd, random.int(15, 60));
  }
  return reports;
}

function summaryOf(random: SeededRandom, theme: DemoTheme, place: string, periodEnd: string): string {
  const pace = random.pick(['steady', 'good', 'uneven', 'slower than planned', 'strong']);
  return [
    `Progress report for the year to ${periodEnd}: ${pace} progress on ${theme.focus} in ${place}.`,
    random.pick(highlights),
    random.pick(challenges),
  ].join(' ');
}
