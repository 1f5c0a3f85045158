import { graphql } from '../../graphql/graphql';
import { AboutSectionFragment } from './about-section-fragment';
import { ContactPersonFragment } from './contacts-section-fragment';
import { ContinuitySectionFragment } from './continuity-section-fragment';
import { ContributionsChartFragment } from './contributions-chart/contributions-chart-fragment';
import { FundingConcentrationFragment } from './funding-concentration-section-fragment';
import { GovernanceSectionFragment } from './governance-section-fragment';
import { IndicatorRowFragment } from './indicators-section-fragment';
import { MembersSectionFragment } from './members-section-fragment';
import { MilestoneRowFragment } from './milestones-section-fragment';
import { PartnershipFactsFragment } from './partnership-facts-fragment';
import { PhaseSectionFragment } from './phase-section-fragment';
import { ProgressReportFragment } from './progress-reports-section-fragment';
import { StakeholderCardFragment } from './stakeholder-card-fragment';

/** Everything the record's page shows; what the viewer may do and see (edit, members, contacts) comes with it. */
export const PartnershipDetailViewFragment = graphql(
  `
    fragment PartnershipDetailView on Partnership {
      id slug name summary phase status isDemo sdgTargets viewerCanEdit progressReportOverdue
      ...AboutSection
      ...ContinuitySection
      ...PhaseSection
      ...PartnershipFacts
      ...MembersSection
      stakeholders { ...StakeholderCard ...ContributionsChartStakeholder }
      fundingConcentration { ...FundingConcentrationItem }
      governance { ...GovernanceSection }
      milestones { ...MilestoneRow }
      indicators { ...IndicatorRow }
      progressReports { ...ProgressReportItem }
      contacts { ...ContactPersonItem }
    }
  `,
  [
    AboutSectionFragment,
    ContinuitySectionFragment,
    PhaseSectionFragment,
    PartnershipFactsFragment,
    MembersSectionFragment,
    StakeholderCardFragment,
    ContributionsChartFragment,
    FundingConcentrationFragment,
    GovernanceSectionFragment,
    MilestoneRowFragment,
    IndicatorRowFragment,
    ProgressReportFragment,
    ContactPersonFragment,
  ],
);
