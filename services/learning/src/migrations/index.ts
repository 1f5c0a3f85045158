import type { SchemaMigrations } from '@msp-atlas/db';
import * as createLessons from './20261128T0900_create_lessons.js';

export const learningMigrations: SchemaMigrations = {
  '20261128T0900_create_lessons': createLessons,
};
