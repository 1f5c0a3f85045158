import { requireSignedIn, type Viewer } from '@msp-atlas/access';
import { buildConnection, pageArguments, timestampIdKey, type Connection } from '@msp-atlas/federation';
import { GrantRole } from '@msp-atlas/gateway-trust';
import type { Db } from '../database.js';
import { LEARNING_SCOPE } from '../moderation/lesson-access.js';
import { LessonConnection } from './lesson.connection.js';
import { toLesson } from './lesson.mapper.js';
import { countAuthoredLessons, countModerationQueue, listAuthoredLessons, listModerationQueue } from './lesson.repository.js';
import type { Lesson } from './lesson.type.js';

interface PageArgs {
  first: number | null;
  after: string | null;
}

/** The viewer's own lessons in every status, last changed first. */
export async function myLessons(db: Db, viewer: Viewer, args: PageArgs): Promise<Connection<Lesson>> {
  const accountId = requireSignedIn(viewer, 'see your lessons');
  const page = pageArguments(args.first, args.after);
  const rows = await listAuthoredLessons(db, accountId, page.first + 1, page.after ? timestampIdKey(page.after) : null);
  return buildConnection(
    LessonConnection,
    rows,
    page,
    toLesson,
    (row) => [row.listing_key, row.id],
    () => countAuthoredLessons(db, accountId),
  );
}

/** Submitted lessons the viewer may moderate: in the countries they curate, and countryless ones for learning moderators. */
export async function lessonModerationQueue(db: Db, viewer: Viewer, args: PageArgs): Promise<Connection<Lesson>> {
  requireSignedIn(viewer, 'moderate lessons');
  const scope = { countries: [...viewer.curatorCountries], countryless: viewer.hasGrant(GrantRole.MODERATOR, { scope: LEARNING_SCOPE }) };
  const page = pageArguments(args.first, args.after);
  const rows = await listModerationQueue(db, scope, page.first + 1, page.after ? timestampIdKey(page.after) : null);
  return buildConnection(
    LessonConnection,
    rows,
    page,
    toLesson,
    (row) => [row.listing_key, row.id],
    () => countModerationQueue(db, scope),
  );
}
