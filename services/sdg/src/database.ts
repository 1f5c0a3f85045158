import type { Kysely, Transaction } from 'kysely';
import type { PartnershipAlignmentTable } from './alignment/partnership-alignment.table.js';
import type { PartnershipStakeholderTable } from './alignment/partnership-stakeholder.table.js';
import type { PartnershipTargetTable } from './alignment/partnership-target.table.js';
import type { PublishedAlignmentTable } from './alignment/published-alignment.table.js';
import type { CoverageCellTable, CoverageMoneyTable, CoverageOrganizationTable } from './sdg-coverage/coverage-cell.table.js';
import type { SuggestionDismissalTable } from './alignment/suggestion-dismissal.table.js';

/**
 * The tables of the `sdg` schema, which only this service reads and writes. The SDG
 * framework itself is static reference data served from @msp-atlas/sdg-framework.
 */
export interface SdgDatabase {
  partnership_alignment: PartnershipAlignmentTable;
  partnership_target: PartnershipTargetTable;
  partnership_stakeholder: PartnershipStakeholderTable;
  published_alignment: PublishedAlignmentTable;
  suggestion_dismissal: SuggestionDismissalTable;
  coverage_cell: CoverageCellTable;
  coverage_money: CoverageMoneyTable;
  coverage_organization: CoverageOrganizationTable;
}

export type Db = Kysely<SdgDatabase>;
export type Trx = Transaction<SdgDatabase>;

export const SCHEMA = 'sdg';
