import type { SchemaMigrations } from '@msp-atlas/db';
import * as createSelfAssessments from './20261208T0400_create_self_assessments.js';
import * as createHealthProjection from './20261208T0401_create_health_projection.js';
import * as healthCounts from './20261208T0402_health_counts.js';
import * as createPartnershipRecords from './20261208T0403_create_partnership_records.js';
import * as carryOverFromPartnerships from './20261208T0410_carry_over_from_partnerships.js';

export const healthMigrations: SchemaMigrations = {
  '20261208T0400_create_self_assessments': createSelfAssessments,
  '20261208T0401_create_health_projection': createHealthProjection,
  '20261208T0402_health_counts': healthCounts,
  '20261208T0403_create_partnership_records': createPartnershipRecords,
  '20261208T0410_carry_over_from_partnerships': carryOverFromPartnerships,
};
