import { GrantRole } from '@msp-atlas/gateway-trust';
import type { Viewer } from '@msp-atlas/access';
import { LessonStatus } from '../lesson/lesson-status.js';

/** The scope of the moderator grant that covers lessons without a country. */
export const LEARNING_SCOPE = 'learning';

interface LessonAccessFacts {
  status: string;
  countries: readonly string[];
  author_account_id: string | null;
}

export function isAuthor(viewer: Viewer, lesson: LessonAccessFacts): boolean {
  return viewer.accountId !== null && lesson.author_account_id === viewer.accountId;
}

/**
 * Curators of one of the lesson's countries moderate it; a lesson without countries is
 * for holders of the learning moderator grant.
 */
export function canModerate(viewer: Viewer, lesson: LessonAccessFacts): boolean {
  if (!viewer.isSignedIn) return false;
  if (lesson.countries.length > 0) return viewer.curatesAnyOf(lesson.countries);
  return viewer.hasGrant(GrantRole.MODERATOR, { scope: LEARNING_SCOPE });
}

/** Published lessons are public; authors see their own in every status; moderators what was submitted to them. */
export function canRead(viewer: Viewer, lesson: LessonAccessFacts): boolean {
  if (lesson.status === LessonStatus.PUBLISHED) return true;
  if (isAuthor(viewer, lesson)) return true;
  return lesson.status !== LessonStatus.DRAFT && canModerate(viewer, lesson);
}

/** Whether the viewer may read the moderation note: the author and the moderators. */
export function canSeeModeration(viewer: Viewer, lesson: LessonAccessFacts): boolean {
  return isAuthor(viewer, lesson) || canModerate(viewer, lesson);
}
