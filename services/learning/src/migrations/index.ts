import { changeRecordsMigration } from '@msp-atlas/change-history';
import type { SchemaMigrations } from '@msp-atlas/db';
import * as createLessons from './20261128T0900_create_lessons.js';
import * as lessonLibrary from './20261201T2330_lesson_library.js';
import * as lessonSearchStorage from './20261201T2345_lesson_search_storage.js';
import * as tagLabels from './20261201T2355_tag_labels.js';
import * as lessonRowLayout from './20261202T0005_lesson_row_layout.js';
import * as partnershipWeakFactors from './20261202T0300_partnership_weak_factors.js';

export const learningMigrations: SchemaMigrations = {
  '20261128T0900_create_lessons': createLessons,
  // The shared change history's table, in this schema (packages/change-history).
  '20261201T2329_create_change_records': changeRecordsMigration(1),
  '20261201T2330_lesson_library': lessonLibrary,
  '20261201T2345_lesson_search_storage': lessonSearchStorage,
  '20261201T2355_tag_labels': tagLabels,
  '20261202T0005_lesson_row_layout': lessonRowLayout,
  '20261202T0300_partnership_weak_factors': partnershipWeakFactors,
};
