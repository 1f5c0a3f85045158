import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ContextServiceContext } from '../graphql/context.js';
import { PartnershipReference } from '../overlaps/partnership.reference.js';
import { OverlapHealthSignal } from './overlap-health-signal.type.js';

@Resolver(() => PartnershipReference)
export class PartnershipOverlapHealthSignalResolver {
  @FieldResolver(() => OverlapHealthSignal, {
    nullable: true,
    description: 'The overlap figures the health check reads, from the stored summary; null until the partnership is summarised',
  })
  async overlapHealthSignal(@Root() partnership: PartnershipReference, @Ctx() { loaders }: ContextServiceContext): Promise<OverlapHealthSignal | null> {
    return loaders.overlapHealthSignal.load(partnership.id);
  }
}
