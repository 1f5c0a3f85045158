import type { ChangeHistoryTables } from '@msp-atlas/change-history';
import type { Kysely, Transaction } from 'kysely';
import type { PartnershipContactTable } from './contact/contact.table.js';
import type { PartnershipInvitationTable, PartnershipMemberTable } from './membership/membership.table.js';
import type { OrganizationTable } from './organization/organization.table.js';
import type { IndicatorTable, MilestoneTable, PartnershipTable, PhaseChangeTable } from './partnership/partnership.table.js';
import type { IndicatorValueTable, ProgressReportTable } from './progress-report/progress-report.table.js';
import type { ContributionTable, StakeholderTable } from './stakeholder/stakeholder.table.js';
import type { RecordToRepublishTable } from './republication/record-republication.table.js';

/**
 * The tables of the `partnerships` schema, which only this service reads and writes.
 * The health check's tables the migrations before issue 16 made here (self-assessments,
 * the health projection) are the health service's now, which carried their rows over;
 * nothing here reads them (README, "Health moved out").
 */
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
  records_to_republish: RecordToRepublishTable;
}

export type Db = Kysely<PartnershipsDatabase>;
export type Trx = Transaction<PartnershipsDatabase>;

export const SCHEMA = 'partnerships';
