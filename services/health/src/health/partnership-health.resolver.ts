import { notFound } from '@msp-atlas/federation';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HealthContext } from '../graphql/context.js';
import { Partnership } from '../partnership/partnership.reference.js';
import { toPartnershipHealth } from './health.mapper.js';
import { PartnershipHealth } from './partnership-health.type.js';

@Resolver(() => Partnership)
export class PartnershipHealthResolver {
  @FieldResolver(() => PartnershipHealth, {
    description: 'The health check against the eighteen success factors: registry data, the other services\' signals and the latest self-assessment',
  })
  async health(@Root() partnership: Partnership, @Ctx() { loaders, caughtUp }: HealthContext): Promise<PartnershipHealth> {
    // Read from the projection the overview counts (the same figures, the same answer), once it has the latest events.
    await caughtUp();
    const evaluation = await loaders.evaluation.load(partnership.id);
    if (!evaluation) throw notFound('Partnership', partnership.id);
    return toPartnershipHealth(evaluation);
  }
}
