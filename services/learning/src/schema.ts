import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { LessonResolver } from './lesson/lesson.resolver.js';
import { lessonReference } from './lesson/lesson.reference.js';

export function buildLearningSchema() {
  return buildFederatedSchema({ resolvers: [LessonResolver], validate: false }, { ...lessonReference });
}
