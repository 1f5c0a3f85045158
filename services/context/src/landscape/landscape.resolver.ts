import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { NULLABLE_WHY } from '@msp-atlas/federation';
import type { ContextServiceContext } from '../graphql/context.js';
import { buildLandscape } from './build-landscape.js';
import { landscapeSelectionOf } from './landscape-selection.js';
import { LandscapeFilterInput } from './landscape-filter.input.js';
import { ContextLandscape } from './context-landscape.type.js';

@Resolver()
export class LandscapeResolver {
  @Query(() => ContextLandscape, {
    nullable: true,
    description: `For national platforms: who works on what in the chosen countries or regions, at most 500 initiatives. ${NULLABLE_WHY}`,
  })
  async contextLandscape(
    @Arg('filter', () => LandscapeFilterInput) filter: LandscapeFilterInput,
    @Ctx() { db }: ContextServiceContext,
  ): Promise<ContextLandscape> {
    return buildLandscape(db, landscapeSelectionOf(filter));
  }
}
