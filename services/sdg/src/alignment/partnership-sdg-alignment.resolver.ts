import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartnershipReference } from './partnership.reference.js';
import type { SdgContext } from '../graphql/context.js';
import { SdgAlignment } from './sdg-alignment.type.js';
import { toSdgAlignment } from './to-sdg-alignment.js';

@Resolver(() => PartnershipReference)
export class PartnershipSdgAlignmentResolver {
  @FieldResolver(() => SdgAlignment, {
    nullable: true,
    description: "Declared against evidenced targets, kept current from the registry's events; null until the SDG service has read the partnership",
  })
  async sdgAlignment(@Root() partnership: PartnershipReference, @Ctx() { loaders }: SdgContext): Promise<SdgAlignment | null> {
    const [row, dismissed] = await Promise.all([loaders.alignment.load(partnership.id), loaders.dismissedByViewer.load(partnership.id)]);
    return row ? toSdgAlignment(row, new Set(dismissed.map((d) => d.target_code))) : null;
  }
}
