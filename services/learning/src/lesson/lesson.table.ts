import type { Generated, Selectable } from 'kysely';

export interface LessonTable {
  id: Generated<string>;
  title: string;
  body: string;
  phase: string | null;
  status: Generated<string>;
  created_at: Generated<Date>;
}

export type LessonRow = Selectable<LessonTable>;
