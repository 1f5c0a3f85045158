import type { SchemaMigrations } from '@msp-atlas/db';
import * as createAlignmentProjection from './20261201T2330_create_alignment_projection.js';
import * as createCoverageCells from './20261201T2350_create_coverage_cells.js';

export const sdgMigrations: SchemaMigrations = {
  '20261201T2330_create_alignment_projection': createAlignmentProjection,
  '20261201T2350_create_coverage_cells': createCoverageCells,
};
