import { Field, Int, ObjectType } from 'type-graphql';
import { PartnershipReference } from '../overlaps/partnership.reference.js';

@ObjectType('TargetActivity', { description: 'Who works on an SDG target in one country' })
export class TargetActivity {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3, or * for global initiatives that name no country' })
  country!: string;

  @Field(() => Int, { description: 'Active initiatives declaring the target or suggested for it' })
  partnershipCount!: number;

  @Field(() => [PartnershipReference], { description: 'The first of them by name' })
  partnerships!: PartnershipReference[];
}
