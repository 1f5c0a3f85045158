import type { SchemaMigrations } from '@msp-atlas/db';
import * as createAlignmentProjection from './20261201T2330_create_alignment_projection.js';

export const sdgMigrations: SchemaMigrations = {
  '20261201T2330_create_alignment_projection': createAlignmentProjection,
};
