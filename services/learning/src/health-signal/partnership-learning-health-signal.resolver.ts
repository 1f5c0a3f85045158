import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LearningContext } from '../graphql/context.js';
import { PartnershipReference } from '../partnership/partnership.reference.js';
import { LearningHealthSignal } from './learning-health-signal.type.js';

@Resolver(() => PartnershipReference)
export class PartnershipLearningHealthSignalResolver {
  @FieldResolver(() => LearningHealthSignal, { description: 'The lesson figures the health check reads: published lessons the partnership contributed' })
  async learningHealthSignal(@Root() partnership: PartnershipReference, @Ctx() { loaders }: LearningContext): Promise<LearningHealthSignal> {
    return loaders.learningHealthSignal.load(partnership.id);
  }
}
