import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { accountReference } from './account/account.reference.js';
import { LessonFieldsResolver } from './lesson/lesson-fields.resolver.js';
import { LessonMutationResolver } from './lesson/lesson-mutation.resolver.js';
import { LessonResolver } from './lesson/lesson.resolver.js';
import { lessonReference } from './lesson/lesson.reference.js';
import { PartnershipLessonsResolver } from './partnership/partnership-lessons.resolver.js';
import { PartnershipLearningHealthSignalResolver } from './health-signal/partnership-learning-health-signal.resolver.js';
import { partnershipReference } from './partnership/partnership.reference.js';
import { SdgGoalLessonsResolver } from './sdg/sdg-goal-lessons.resolver.js';
import { SdgTargetLessonsResolver } from './sdg/sdg-target-lessons.resolver.js';
import { sdgGoalReference } from './sdg/sdg-goal.reference.js';
import { sdgTargetReference } from './sdg/sdg-target.reference.js';

export function buildLearningSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        LessonResolver,
        LessonFieldsResolver,
        LessonMutationResolver,
        PartnershipLessonsResolver,
        SdgGoalLessonsResolver,
        SdgTargetLessonsResolver,
        PartnershipLearningHealthSignalResolver,
      ],
      validate: false,
    },
    { ...lessonReference, ...partnershipReference, ...sdgGoalReference, ...sdgTargetReference, ...accountReference },
  );
}
