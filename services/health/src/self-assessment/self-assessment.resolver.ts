import { viewerActor } from '@msp-atlas/access';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { HealthContext } from '../graphql/context.js';
import { partnershipReferenceOf } from '../partnership/partnership.reference.js';
import { toSelfAssessment, toSelfAssessmentScore } from './self-assessment.mapper.js';
import { SelfAssessmentScore } from './self-assessment-score.type.js';
import { submitSelfAssessment } from './self-assessment.service.js';
import { SelfAssessment } from './self-assessment.type.js';
import { SubmitSelfAssessmentInput } from './submit-self-assessment.input.js';
import { SubmitSelfAssessmentPayload } from './submit-self-assessment.payload.js';

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @FieldResolver(() => [SelfAssessmentScore], { description: 'In the order they were given' })
  async scores(@Root() assessment: SelfAssessment, @Ctx() { loaders }: HealthContext) {
    return assessment.knownScores ?? (await loaders.selfAssessmentScores.load(assessment.id)).map(toSelfAssessmentScore);
  }

  @Mutation(() => SubmitSelfAssessmentPayload, {
    description: "Members (and administrators) score the partnership on success factors; the partnership's version stays as it is",
  })
  async submitSelfAssessment(
    @Arg('input', () => SubmitSelfAssessmentInput) input: SubmitSelfAssessmentInput,
    @Ctx() { db, viewer, caughtUp }: HealthContext,
  ): Promise<SubmitSelfAssessmentPayload> {
    // A partnership registered, or a member who joined, a moment ago is known once its event is in.
    await caughtUp();
    const { partnershipId, assessment, scores } = await submitSelfAssessment(db, viewerActor(viewer), input);
    return { selfAssessment: toSelfAssessment(assessment, scores), partnership: partnershipReferenceOf(partnershipId) };
  }
}
