import type { Kysely, Transaction } from 'kysely';
import type { PartnershipIndexTable } from './overlap-index/partnership-index.table.js';

/** The tables of the `context` schema, which only this service reads and writes. */
export interface ContextDatabase {
  partnership_index: PartnershipIndexTable;
}

export type Db = Kysely<ContextDatabase>;
export type Trx = Transaction<ContextDatabase>;

export const SCHEMA = 'context';
