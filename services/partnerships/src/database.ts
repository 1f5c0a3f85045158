import type { ChangeHistoryTables } from '@msp-atlas/change-history';
import type { Kysely, Transaction } from 'kysely';
import type { PartnershipContactTable } from './contact/contact.table.js';
import type {
  HealthCountsTable,
  HealthLessonTable,
  HealthOverlapSignalTable,
  HealthPublicationTable,
  HealthSdgSignalTable,
  PartnershipHealthTable,
} from './health-projection/health-projection.table.js';
import type { PartnershipInvitationTable, PartnershipMemberTable } from './membership/membership.table.js';
import type { OrganizationTable } from './organization/organization.table.js';
import type { IndicatorTable, MilestoneTable, PartnershipTable, PhaseChangeTable } from './partnership/partnership.table.js';
import type { IndicatorValueTable, ProgressReportTable } from './progress-report/progress-report.table.js';
import type { SelfAssessmentScoreTable, SelfAssessmentTable } from './self-assessment/self-assessment.table.js';
import type { ContributionTable, StakeholderTable } from './stakeholder/stakeholder.table.js';

/** The tables of the `partnerships` schema, which only this service reads and writes. */
export interface PartnershipsDatabase extends ChangeHistoryTables {
  organizations: OrganizationTable;
  partnerships: PartnershipTable;
  phase_changes: PhaseChangeTable;
  milestones: MilestoneTable;
  indicators: IndicatorTable;
  stakeholders: StakeholderTable;
  contributions: ContributionTable;
  progress_reports: ProgressReportTable;
  indicator_values: IndicatorValueTable;
  partnership_members: PartnershipMemberTable;
  partnership_invitations: PartnershipInvitationTable;
  partnership_contacts: PartnershipContactTable;
  health_sdg_signals: HealthSdgSignalTable;
  health_overlap_signals: HealthOverlapSignalTable;
  health_lessons: HealthLessonTable;
  partnership_health: PartnershipHealthTable;
  health_publications: HealthPublicationTable;
  health_counts: HealthCountsTable;
  self_assessments: SelfAssessmentTable;
  self_assessment_scores: SelfAssessmentScoreTable;
}

export type Db = Kysely<PartnershipsDatabase>;
export type Trx = Transaction<PartnershipsDatabase>;

export const SCHEMA = 'partnerships';
