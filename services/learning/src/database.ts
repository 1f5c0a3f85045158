import type { Kysely } from 'kysely';
import type { LessonTable } from './lesson/lesson.table.js';

/** The tables of the `learning` schema, which only this service reads and writes. */
export interface LearningDatabase {
  lessons: LessonTable;
}

export type Db = Kysely<LearningDatabase>;

export const SCHEMA = 'learning';
