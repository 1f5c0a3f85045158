import type { ColumnType, Generated, Selectable } from 'kysely';
import type { StatusColumn } from './status-columns.js';

/** The latest SdgAlignmentChanged per partnership, already turned into the health signal. */
export interface HealthSdgSignalTable {
  partnership_id: string;
  /** The SdgAlignment aggregate's version. */
  version: number;
  partnership_version: number;
  declared_targets: number;
  evidenced_declared_targets: number;
  suggested_undeclared_targets: number;
}

/** The latest PartnershipOverlapsChanged per partnership. */
export interface HealthOverlapSignalTable {
  partnership_id: string;
  /** The OverlapSummary aggregate's version. */
  version: number;
  overlaps: number;
  duplicates: number;
  strongest_score: number | null;
}

/** Per lesson, whom it is about and whether it is published, so a withdrawal counts down. */
export interface HealthLessonTable {
  lesson_id: string;
  version: number;
  partnership_id: string | null;
  published: boolean;
  /** When the lesson was (last) published, the day its event occurred. */
  published_on: string | null;
}

/** One row per partnership: where it works, and the status of each success factor (status-columns.ts). */
export type PartnershipHealthTable = {
  partnership_id: string;
  partnership_version: number;
  phase: string;
  countries: string[];
  sectors: string[];
  is_demo: boolean;
  weakest_factors: string[];
  evaluated_on: string;
  evaluated_at: Generated<Date>;
  review_on: string | null;
  /** The version of the last PartnershipHealthChanged for it. */
  version: number;
} & Record<StatusColumn, number>;

/** The last PartnershipHealthChanged appended per partnership; kept across replays so versions never repeat. */
export interface HealthPublicationTable {
  partnership_id: string;
  version: number;
  phase: string;
  statuses: ColumnType<Record<string, string>, string, string>;
  weakest_factors: string[];
}

export type PartnershipHealthRow = Selectable<PartnershipHealthTable>;
export type HealthPublication = Selectable<HealthPublicationTable>;

/** The overview's counts per country named ('*': all), phase and demo flag; see the migration for `counts`. */
export interface HealthCountsTable {
  country: string;
  phase: string;
  is_demo: boolean;
  partnerships: number;
  counts: number[];
}
