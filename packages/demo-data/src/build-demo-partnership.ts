import { PartnershipStatus, Phase } from '@msp-atlas/msp-vocabulary';
import { descriptionOf, summaryOf } from './demo-descriptions.js';
import { planGovernance } from './demo-governance.js';
import { chooseIndicators } from './demo-indicators.js';
import { planLocation } from './demo-location.js';
import { planMilestones } from './demo-milestones.js';
import type { DemoPartnership } from './demo-partnership.js';
import { uniquePartnershipName } from './demo-partnership-names.js';
import { planPhaseTimeline } from './demo-phase-timeline.js';
import { planProgressReports } from './demo-progress-reports.js';
import { planStakeholders } from './demo-stakeholders.js';
import { demoThemes } from './demo-themes.js';
import { fillTemplate } from './demo-texts.js';
import { addDays, laterOf, yearOf } from './iso-dates.js';
import type { OrganizationChooser } from './organization-chooser.js';
import { hostNameOf } from './host-name.js';
import { planDepartures } from './demo-departures.js';
import { planHealthRecords } from './demo-health-records.js';
import { planSelfAssessments } from './demo-self-assessments.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

const phaseWeights = [
  [Phase.INITIATION, 18],
  [Phase.DESIGN, 24],
  [Phase.IMPLEMENTATION, 40],
  [Phase.FURTHER_DEVELOPMENT, 18],
] as const;

/** Share of implementing partnerships that have gone over a year without a progress report. */
const OVERDUE_SHARE = 0.18;

const objectiveCount: Record<Phase, readonly [number, number]> = {
  INITIATION: [1, 2],
  DESIGN: [2, 4],
  IMPLEMENTATION: [2, 4],
  FURTHER_DEVELOPMENT: [3, 4],
};

const indicatorCount: Record<Phase, readonly [number, number]> = {
  INITIATION: [0, 1],
  DESIGN: [2, 3],
  IMPLEMENTATION: [2, 4],
  FURTHER_DEVELOPMENT: [3, 4],
};

/** Makes up one partnership, complete with its history up to `today`. */
export function buildDemoPartnership(
  random: SeededRandom,
  context: { today: string; usedNames: Set<string>; chooseOrganization: OrganizationChooser },
): DemoPartnership {
  const { today } = context;
  const theme = random.pick(demoThemes);
  const phase = random.pickWeighted(phaseWeights);
  const overdue = phase === Phase.IMPLEMENTATION && random.chance(OVERDUE_SHARE);
  const location = planLocation(random, theme);
  const name = uniquePartnershipName(random, theme, location, context.usedNames);
  const timeline = planPhaseTimeline(random, phase, today, { overdue, place: location.where });
  const governance = planGovernance(random, phase, timeline, today);
  const endDate = random.chance(0.8) ? laterOf(addDays(timeline.startDate, random.int(3, 10) * 365), addDays(today, random.int(180, 1_500))) : null;
  const text = { place: location.where, commodity: location.commodity, year: endDate ? yearOf(endDate) : 2030 };
  const sdgTargets = [theme.sdgTargets[0]!, ...random.sample(theme.sdgTargets.slice(1), random.int(0, 2))];
  const indicators = chooseIndicators(random, theme, sdgTargets, random.int(...indicatorCount[phase]));
  const stakeholders = planStakeholders(random, {
    theme,
    location,
    phase,
    hasSecretariat: governance.secretariatStaffCount !== null,
    chooseOrganization: context.chooseOrganization,
  });
  const details = {
    name,
    summary: summaryOf(theme, location, stakeholders),
    description: descriptionOf(random, { theme, text, startYear: yearOf(timeline.startDate), stakeholders }),
    website: random.chance(0.4) ? `https://${hostNameOf(name)}.example.org` : null,
    status: PartnershipStatus.ACTIVE,
    scope: location.scope,
    countries: location.countries,
    regions: location.regions,
    sectors: [theme.sectors[0]!, ...random.sample(theme.sectors.slice(1), random.int(0, 1))],
    sdgTargets,
    startDate: timeline.startDate,
    endDate,
    objectives: random.sample(theme.objectives, random.int(...objectiveCount[phase])).map((objective) => fillTemplate(random, objective, text)),
    milestones: planMilestones(random, { theme, phase, timeline, governance, text, overdue, today }),
    indicators,
  };
  const reports = planProgressReports(random, { phase, timeline, theme, place: location.where, indicators, overdue, today });
  // What the health check reads beyond the registration comes from a stream of its own,
  // drawn last, so everything above stays as it was before these fields existed.
  const healthRandom = createSeededRandom(Math.floor(random.next() * 2 ** 32));
  const records = planHealthRecords(healthRandom, { theme, phase, timeline, text, today });

  return {
    details: { ...details, ...records },
    phase,
    governance,
    stakeholders,
    phaseSteps: timeline.steps,
    reports,
    departedStakeholders: planDepartures(healthRandom, { phase, theme, location, stakeholders, chooseOrganization: context.chooseOrganization }),
    selfAssessments: planSelfAssessments(healthRandom, { phase, startDate: timeline.startDate, today }),
  };
}
