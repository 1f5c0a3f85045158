import { evaluateHealth } from '@msp-atlas/partnership-health';
import { notFound } from '@msp-atlas/federation';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../domain/clock.js';
import type { PartnershipsContext } from '../graphql/context.js';
import { Partnership } from '../partnership/partnership.type.js';
import { federatedSignalsOf } from './federated-signals.js';
import { toPartnershipHealth } from './health.mapper.js';
import { PartnershipHealth } from './partnership-health.type.js';

/** What Partnership.health needs from the SDG, context and learning subgraphs, fetched by the gateway first. */
export const HEALTH_REQUIRES =
  'sdgHealthSignal { partnershipVersion declaredTargets evidencedDeclaredTargets suggestedUndeclaredTargets } ' +
  'overlapHealthSignal { overlaps duplicates strongestScore } ' +
  'learningHealthSignal { publishedLessons lastPublishedOn }';

@Resolver(() => Partnership)
export class PartnershipHealthResolver {
  @Directive(`@requires(fields: "${HEALTH_REQUIRES}")`)
  @FieldResolver(() => PartnershipHealth, {
    description: 'The health check against the eighteen success factors: registry data, the other services\' signals and the latest self-assessment',
  })
  async health(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext): Promise<PartnershipHealth> {
    const [registry, selfScores] = await Promise.all([loaders.registrySignals.load(partnership.id), loaders.selfScores.load(partnership.id)]);
    if (!registry) throw notFound('Partnership', partnership.id);
    return toPartnershipHealth(evaluateHealth({ today: today(), registry, selfScores, ...federatedSignalsOf(partnership) }));
  }
}
