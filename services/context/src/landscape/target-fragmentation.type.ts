import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('TargetFragmentation', {
  description:
    'How fragmented the work on one target in one country is: many small initiatives with few shared organisations score high. fragmentation = (1 - 1/n) × (1 - linkedShare) × (0.5 + 0.5 × smallShare)',
})
export class TargetFragmentation {
  @Field(() => String)
  target!: string;

  @Field(() => String)
  country!: string;

  @Field(() => Int, { description: 'Active initiatives on the target in the country' })
  initiativeCount!: number;

  @Field(() => Float, { description: 'Share of pairs of them that have an organisation in common, 0..1' })
  linkedShare!: number;

  @Field(() => Float, { description: 'Share of them with three organisations or fewer, 0..1' })
  smallShare!: number;

  @Field(() => Float, { description: '0..1' })
  fragmentation!: number;
}
