import { registerEnumType } from 'type-graphql';

export const LessonKind = {
  SUCCESS: 'SUCCESS',
  FAILURE: 'FAILURE',
  PRACTICE: 'PRACTICE',
  TOOL: 'TOOL',
} as const;
export type LessonKind = (typeof LessonKind)[keyof typeof LessonKind];

registerEnumType(LessonKind, { name: 'LessonKind', description: 'What a lesson tells: a success, a failure, a practice, a tool' });
