import type { Kysely, Transaction } from 'kysely';
import type { OrganizationNamesTable, OverlapTermsTable, OverlapTermStatsTable } from './overlap-index/overlap-terms.table.js';
import type { PartnershipIndexTable } from './overlap-index/partnership-index.table.js';
import type { PartnershipSdgSuggestionsTable } from './overlap-index/sdg-suggestions.table.js';
import type { OverlapSummariesTable, OverlapSummaryQueueTable } from './overlap-summary/overlap-summary.table.js';

/** The tables of the `context` schema, which only this service reads and writes. */
export interface ContextDatabase {
  partnership_index: PartnershipIndexTable;
  partnership_sdg_suggestions: PartnershipSdgSuggestionsTable;
  overlap_terms: OverlapTermsTable;
  overlap_term_stats: OverlapTermStatsTable;
  organization_names: OrganizationNamesTable;
  overlap_summaries: OverlapSummariesTable;
  overlap_summary_queue: OverlapSummaryQueueTable;
}

export type Db = Kysely<ContextDatabase>;
export type Trx = Transaction<ContextDatabase>;

export const SCHEMA = 'context';
