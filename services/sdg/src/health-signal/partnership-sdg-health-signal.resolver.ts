import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Partnership } from '../entities/partnership.type.js';
import type { SdgContext } from '../graphql/context.js';
import { SdgHealthSignal } from './sdg-health-signal.type.js';

@Resolver(() => Partnership)
export class PartnershipSdgHealthSignalResolver {
  @FieldResolver(() => SdgHealthSignal, {
    nullable: true,
    description: 'What the health check reads from the SDG alignment; null until the SDG service has read the partnership',
  })
  async sdgHealthSignal(@Root() partnership: Partnership, @Ctx() { loaders }: SdgContext): Promise<SdgHealthSignal | null> {
    return loaders.sdgHealthSignal.load(partnership.id);
  }
}
