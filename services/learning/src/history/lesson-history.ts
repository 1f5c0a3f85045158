import { changeRecordsPage, countChangeRecords } from '@msp-atlas/change-history';
import { redactChanges } from '@msp-atlas/change-history-graphql';
import { buildConnection, pageArguments, timestampIdKey } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import { LESSON_RECORD } from '../lesson/lesson-record.js';
import { LessonChangeConnection } from './lesson-change.connection.js';
import type { LessonChange } from './lesson-change.type.js';

/** One page of a lesson's history, newest first, with the fields `shouldRedact` names blanked. */
export async function lessonHistory(
  db: Db,
  lessonId: string,
  args: { first?: number | null; after?: string | null },
  shouldRedact: (field: string) => boolean,
) {
  const record = { recordType: LESSON_RECORD.recordType, recordId: lessonId };
  const page = pageArguments(args.first, args.after);
  const rows = await changeRecordsPage(db, record, page.first + 1, page.after ? timestampIdKey(page.after) : null);
  return buildConnection(
    LessonChangeConnection,
    rows,
    page,
    (row): LessonChange => ({
      id: row.id,
      recordVersion: row.record_version,
      action: row.action,
      occurredAt: row.occurred_at,
      actor: row.actor_account_id === null ? null : { id: row.actor_account_id },
      changes: redactChanges(row.changes, shouldRedact),
    }),
    (row) => [row.occurred_at_key, row.id],
    () => countChangeRecords(db, record),
  );
}
