import { changeRecordsMigration } from '@msp-atlas/change-history';
import type { SchemaMigrations } from '@msp-atlas/db';
import * as createRegistry from './20261127T2200_create_registry.js';
import * as createPartnershipMembers from './20261128T1000_create_partnership_members.js';
import * as createPartnershipInvitations from './20261128T1001_create_partnership_invitations.js';
import * as createPartnershipContacts from './20261128T1002_create_partnership_contacts.js';
import * as addPartnershipHealthFields from './20261202T0240_add_partnership_health_fields.js';
import * as createSelfAssessments from './20261202T0241_create_self_assessments.js';
import * as createHealthProjection from './20261202T0330_create_health_projection.js';
import * as healthCounts from './20261202T0400_health_counts.js';
import * as recordsToRepublish from './20261208T0300_records_to_republish.js';

export const partnershipsMigrations: SchemaMigrations = {
  '20261127T2200_create_registry': createRegistry,
  '20261128T1000_create_partnership_members': createPartnershipMembers,
  '20261128T1001_create_partnership_invitations': createPartnershipInvitations,
  '20261128T1002_create_partnership_contacts': createPartnershipContacts,
  // The shared change history's table, in this schema (packages/change-history).
  '20261128T1003_create_change_records': changeRecordsMigration(1),
  '20261202T0240_add_partnership_health_fields': addPartnershipHealthFields,
  // The health check's tables until issue 16 moved them to the health service, which
  // copied their rows (services/health/src/migrations); a later migration drops them.
  '20261202T0241_create_self_assessments': createSelfAssessments,
  '20261202T0330_create_health_projection': createHealthProjection,
  '20261202T0400_health_counts': healthCounts,
  '20261208T0300_records_to_republish': recordsToRepublish,
};
