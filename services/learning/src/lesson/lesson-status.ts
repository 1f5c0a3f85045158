import { registerEnumType } from 'type-graphql';

/** Where a lesson stands in moderation. Only PUBLISHED lessons are public. */
export const LessonStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  PUBLISHED: 'PUBLISHED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type LessonStatus = (typeof LessonStatus)[keyof typeof LessonStatus];

/** The only status anyone may read in search, facets and the fields of other entities. */
export const PUBLISHED = LessonStatus.PUBLISHED;

registerEnumType(LessonStatus, { name: 'LessonStatus', description: 'Where a lesson stands in moderation' });
