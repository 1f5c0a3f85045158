import type { Generated, Selectable } from 'kysely';

export interface LessonTable {
  id: Generated<string>;
  title: string;
  body: string;
  kind: string;
  language: string;
  search_config: string;
  phases: string[];
  success_factors: string[];
  sdg_goals: string[];
  sdg_targets: string[];
  countries: string[];
  sectors: string[];
  tags: string[];
  partnership_id: string | null;
  author_account_id: string | null;
  author_name: string | null;
  status: Generated<string>;
  moderation_note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  submitted_at: Date | null;
  published_at: Date | null;
  is_demo: Generated<boolean>;
  demo_key: string | null;
  search_document: Generated<string>;
}

/** The columns read back: the tsvector stays in the database. */
export type LessonRow = Omit<Selectable<LessonTable>, 'search_document'>;

export const LESSON_COLUMNS = [
  'id',
  'title',
  'body',
  'kind',
  'language',
  'search_config',
  'phases',
  'success_factors',
  'sdg_goals',
  'sdg_targets',
  'countries',
  'sectors',
  'tags',
  'partnership_id',
  'author_account_id',
  'author_name',
  'status',
  'moderation_note',
  'version',
  'created_at',
  'updated_at',
  'submitted_at',
  'published_at',
  'is_demo',
  'demo_key',
] as const satisfies readonly (keyof LessonRow)[];
