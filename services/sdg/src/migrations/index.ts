import type { SchemaMigrations } from '@msp-atlas/db';
import * as createAlignmentProjection from './20261201T2330_create_alignment_projection.js';
import * as createCoverageCells from './20261201T2350_create_coverage_cells.js';
import * as recordPublishedPartnershipVersion from './20261202T0300_record_published_partnership_version.js';

export const sdgMigrations: SchemaMigrations = {
  '20261201T2330_create_alignment_projection': createAlignmentProjection,
  '20261201T2350_create_coverage_cells': createCoverageCells,
  '20261202T0300_record_published_partnership_version': recordPublishedPartnershipVersion,
};
