import 'reflect-metadata';
import { viewerAuthChecker } from '@msp-atlas/access';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { accountReference } from './account/account.stub.js';
import { LessonFieldsResolver } from './lesson/lesson-fields.resolver.js';
import { LessonMutationResolver } from './lesson/lesson-mutation.resolver.js';
import { LessonResolver } from './lesson/lesson.resolver.js';
import { lessonReference } from './lesson/lesson.reference.js';
import { PartnershipLessonsResolver } from './partnership/partnership-lessons.resolver.js';
import { PartnershipLearningHealthSignalResolver } from './health-signal/partnership-learning-health-signal.resolver.js';
import { partnershipReference } from './partnership/partnership.stub.js';
import { SdgGoalLessonsResolver } from './sdg/sdg-goal-lessons.resolver.js';
import { SdgTargetLessonsResolver } from './sdg/sdg-target-lessons.resolver.js';
import { sdgReferences } from './sdg/sdg.reference.js';

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
      authChecker: viewerAuthChecker,
      validate: false,
    },
    { ...lessonReference, ...partnershipReference, ...sdgReferences, ...accountReference },
  );
}
