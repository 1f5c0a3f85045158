import { Ctx, Query, Resolver } from 'type-graphql';
import type { ContextServiceContext } from '../graphql/context.js';
import { OverlapIndexStatus } from './overlap-index-status.type.js';
import { countIndexedPartnerships } from './partnership-index.repository.js';
import { countQueued } from '../overlap-summary/overlap-summary-queue.repository.js';
import { NULLABLE_WHY } from '@msp-atlas/federation';

@Resolver(() => OverlapIndexStatus)
export class OverlapIndexStatusResolver {
  @Query(() => OverlapIndexStatus, { nullable: true, description: NULLABLE_WHY })
  async overlapIndexStatus(@Ctx() { db, partnershipIndexConsumer }: ContextServiceContext): Promise<OverlapIndexStatus> {
    const [indexedPartnerships, consumer, summariesPending] = await Promise.all([
      countIndexedPartnerships(db),
      partnershipIndexConsumer.status(),
      countQueued(db),
    ]);
    return {
      indexedPartnerships,
      lag: consumer.pending,
      lagSeconds: consumer.oldestPendingAgeSeconds,
      parkedEvents: consumer.parked,
      summariesPending,
    };
  }
}
