import { byIdLoader, groupedLoader } from '@msp-atlas/federation';
import type { Viewer } from '@msp-atlas/access';
import DataLoader from 'dataloader';
import { contactsOf } from '../contact/contact.repository.js';
import type { Db } from '../database.js';
import { pendingInvitationsOf } from '../membership/invitation.repository.js';
import { memberCountsOf, membersOf, partnershipsWithMember } from '../membership/membership.repository.js';
import { findOrganizationsByIds } from '../organization/organization.repository.js';
import type { OrganizationRow } from '../organization/organization.table.js';
import { findPartnershipsByIds, indicatorsOf, milestonesOf, phaseChangesOf } from '../partnership/partnership.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { indicatorValuesOf, lastReportDatesOf, progressReportsOf } from '../progress-report/progress-report.repository.js';
import { contributionsOf, financialContributionsOf, stakeholdersOf } from '../stakeholder/stakeholder.repository.js';

/**
 * Per-request batch loaders: however many partnerships a page holds, each relation
 * a query asks for costs one SQL statement. `viewerIsMember` answers for the
 * request's viewer, without SQL for an anonymous one.
 */
export function createLoaders(db: Db, viewer: Viewer) {
  return {
    partnership: byIdLoader<PartnershipRow>((ids) => findPartnershipsByIds(db, ids)),
    organization: byIdLoader<OrganizationRow>((ids) => findOrganizationsByIds(db, ids)),
    stakeholders: groupedLoader(
      (ids) => stakeholdersOf(db, ids),
      (row) => row.partnership_id,
    ),
    contributions: groupedLoader(
      (ids) => contributionsOf(db, ids),
      (row) => row.stakeholder_id,
    ),
    phaseChanges: groupedLoader(
      (ids) => phaseChangesOf(db, ids),
      (row) => row.partnership_id,
    ),
    milestones: groupedLoader(
      (ids) => milestonesOf(db, ids),
      (row) => row.partnership_id,
    ),
    indicators: groupedLoader(
      (ids) => indicatorsOf(db, ids),
      (row) => row.partnership_id,
    ),
    progressReports: groupedLoader(
      (ids) => progressReportsOf(db, ids),
      (row) => row.partnership_id,
    ),
    indicatorValues: groupedLoader(
      (ids) => indicatorValuesOf(db, ids),
      (row) => row.report_id,
    ),
    financialContributions: groupedLoader(
      (ids) => financialContributionsOf(db, ids),
      (row) => row.partnership_id,
    ),
    members: groupedLoader(
      (ids) => membersOf(db, ids),
      (row) => row.partnership_id,
    ),
    pendingInvitations: groupedLoader(
      (ids) => pendingInvitationsOf(db, ids),
      (row) => row.partnership_id,
    ),
    contacts: groupedLoader(
      (ids) => contactsOf(db, ids),
      (row) => row.partnership_id,
    ),
    memberCount: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await memberCountsOf(db, ids)).map((row) => [row.partnership_id, Number(row.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    viewerIsMember: new DataLoader<string, boolean>(async (ids) => {
      const accountId = viewer.accountId;
      const memberOf = new Set(accountId === null ? [] : await partnershipsWithMember(db, accountId, ids));
      return ids.map((id) => memberOf.has(id));
    }),
    lastReportedOn: new DataLoader<string, string | null>(async (ids) => {
      const rows = await lastReportDatesOf(db, ids);
      const byPartnership = new Map(rows.map((row) => [row.partnership_id, row.last_reported_on as string | null]));
      return ids.map((id) => byPartnership.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
