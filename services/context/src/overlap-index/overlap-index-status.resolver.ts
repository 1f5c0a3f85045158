import { Ctx, Query, Resolver } from 'type-graphql';
import type { ContextServiceContext } from '../graphql/context.js';
import { OverlapIndexStatus } from './overlap-index-status.type.js';
import { countIndexedPartnerships } from './partnership-index.repository.js';

@Resolver(() => OverlapIndexStatus)
export class OverlapIndexStatusResolver {
  @Query(() => OverlapIndexStatus)
  async overlapIndexStatus(@Ctx() { db, partnershipIndexConsumer }: ContextServiceContext): Promise<OverlapIndexStatus> {
    const [indexedPartnerships, lag] = await Promise.all([
      countIndexedPartnerships(db),
      partnershipIndexConsumer.lag(),
    ]);
    return Object.assign(new OverlapIndexStatus(), { indexedPartnerships, lag });
  }
}
