import { notFound } from '@msp-atlas/federation';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../domain/clock.js';
import type { HealthContext } from '../graphql/context.js';
import { evaluateStored } from '../health-projection/evaluate-partnerships.js';
import { Partnership } from '../partnership/partnership.reference.js';
import { toPartnershipHealth } from './health.mapper.js';
import { PartnershipHealth } from './partnership-health.type.js';

/**
 * How long to wait for the record of a partnership the registry answered for but this
 * service has not taken in yet: a bulk load (the demo data set's 240 partnerships) puts
 * the projection some seconds behind the registry.
 */
const WAIT_FOR_RECORD_MS = 30_000;
const CHECK_EVERY_MS = 100;

@Resolver(() => Partnership)
export class PartnershipHealthResolver {
  @FieldResolver(() => PartnershipHealth, {
    description: "The health check against the eighteen success factors: registry data, the other services' signals and the latest self-assessment",
  })
  async health(@Root() partnership: Partnership, @Ctx() { db, loaders, caughtUp }: HealthContext): Promise<PartnershipHealth> {
    // Read from the projection the overview counts (the same figures, the same answer), once it has the latest events.
    const live = await caughtUp();
    let evaluation = await loaders.evaluation.load(partnership.id);
    for (const deadline = Date.now() + (live ? WAIT_FOR_RECORD_MS : 0); !evaluation && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
      evaluation = (await evaluateStored(db, [partnership.id], today())).evaluated[0]?.evaluation ?? null;
    }
    if (!evaluation) throw notFound('Partnership', partnership.id);
    return toPartnershipHealth(evaluation);
  }
}
