import type { Kysely, Transaction } from 'kysely';
import type {
  HealthCountsTable,
  HealthLessonTable,
  HealthOverlapSignalTable,
  HealthPublicationTable,
  HealthSdgSignalTable,
  PartnershipHealthTable,
} from './health-projection/health-projection.table.js';
import type { PartnershipMemberTable } from './membership/partnership-member.table.js';
import type { PartnershipRecordTable } from './registry/partnership-record.table.js';
import type { SelfAssessmentScoreTable, SelfAssessmentTable } from './self-assessment/self-assessment.table.js';

/** The tables of the `health` schema, which only this service reads and writes. */
export interface HealthDatabase {
  partnership_records: PartnershipRecordTable;
  partnership_members: PartnershipMemberTable;
  health_sdg_signals: HealthSdgSignalTable;
  health_overlap_signals: HealthOverlapSignalTable;
  health_lessons: HealthLessonTable;
  partnership_health: PartnershipHealthTable;
  health_publications: HealthPublicationTable;
  health_counts: HealthCountsTable;
  self_assessments: SelfAssessmentTable;
  self_assessment_scores: SelfAssessmentScoreTable;
}

export type Db = Kysely<HealthDatabase>;
export type Trx = Transaction<HealthDatabase>;

export const SCHEMA = 'health';
