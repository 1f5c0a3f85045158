import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartnershipReference } from '../alignment/partnership.reference.js';
import type { SdgContext } from '../graphql/context.js';
import { SdgHealthSignal } from './sdg-health-signal.type.js';

@Resolver(() => PartnershipReference)
export class PartnershipSdgHealthSignalResolver {
  @FieldResolver(() => SdgHealthSignal, {
    nullable: true,
    description: 'What the health check reads from the SDG alignment; null until the SDG service has read the partnership',
  })
  async sdgHealthSignal(@Root() partnership: PartnershipReference, @Ctx() { loaders }: SdgContext): Promise<SdgHealthSignal | null> {
    return loaders.sdgHealthSignal.load(partnership.id);
  }
}
