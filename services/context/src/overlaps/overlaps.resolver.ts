import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { NULLABLE_WHY } from '@msp-atlas/federation';
import type { ContextServiceContext } from '../graphql/context.js';
import { draftProfileOf } from './draft-profile.js';
import { findOverlaps, findOverlapsOfPartnership } from './find-overlaps.js';
import { overlapCount } from './overlap-count.js';
import { toOverlap } from './overlap.mapper.js';
import { Overlap } from './overlap.type.js';
import { PartnershipDraftInput } from './partnership-draft.input.js';
import { PartnershipReference } from './partnership.reference.js';

@Resolver(() => PartnershipReference)
export class PartnershipOverlapsResolver {
  @FieldResolver(() => [Overlap], { description: 'The other initiatives most like this one, best first (at most 50)' })
  async overlaps(
    @Root() partnership: PartnershipReference,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() { db }: ContextServiceContext,
  ): Promise<Overlap[]> {
    const count = overlapCount(first);
    return (await findOverlapsOfPartnership(db, partnership.id, count)).map(toOverlap);
  }
}

@Resolver()
export class CheckOverlapsResolver {
  @Query(() => [Overlap], {
    nullable: true,
    description: `The registered initiatives most like a draft, before it is registered; stores nothing. ${NULLABLE_WHY}`,
  })
  async checkOverlaps(
    @Arg('draft', () => PartnershipDraftInput) draft: PartnershipDraftInput,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() { db }: ContextServiceContext,
  ): Promise<Overlap[]> {
    const count = overlapCount(first);
    const profile = await draftProfileOf(db, draft);
    return (await findOverlaps(db, profile, count)).map(toOverlap);
  }
}
