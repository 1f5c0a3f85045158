import type { ChangeHistoryTables } from '@msp-atlas/change-history';
import type { Kysely, Transaction } from 'kysely';
import type { LessonTable } from './lesson/lesson.table.js';
import type { PartnershipProjectionTable } from './partnership/partnership-projection.table.js';
import type { PartnershipWeakFactorsTable } from './partnership/partnership-weak-factors.table.js';

/** The tables of the `learning` schema, which only this service reads and writes. */
export interface LearningDatabase extends ChangeHistoryTables {
  lessons: LessonTable;
  partnership_projection: PartnershipProjectionTable;
  partnership_weak_factors: PartnershipWeakFactorsTable;
}

export type Db = Kysely<LearningDatabase>;
export type Trx = Transaction<LearningDatabase>;

export const SCHEMA = 'learning';
