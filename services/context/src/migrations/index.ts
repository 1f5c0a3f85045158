import type { SchemaMigrations } from '@msp-atlas/db';
import * as createPartnershipIndex from './20261128T0900_create_partnership_index.js';
import * as overlapIndexProfiles from './20261201T2330_overlap_index_profiles.js';
import * as termPostingsInStats from './20261202T0100_term_postings_in_stats.js';
import * as createOverlapSummaries from './20261202T0300_create_overlap_summaries.js';
import * as summaryNeighbours from './20261202T0330_summary_neighbours.js';

export const contextMigrations: SchemaMigrations = {
  '20261128T0900_create_partnership_index': createPartnershipIndex,
  '20261201T2330_overlap_index_profiles': overlapIndexProfiles,
  '20261202T0100_term_postings_in_stats': termPostingsInStats,
  '20261202T0300_create_overlap_summaries': createOverlapSummaries,
  '20261202T0330_summary_neighbours': summaryNeighbours,
};
