import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('OverlapHealthSignal', { description: 'What the health check reads of the initiatives around a partnership, as last summarised' })
export class OverlapHealthSignal {
  @Field(() => Int, { description: 'Current initiatives it overlaps with (OVERLAP or DUPLICATE, not past ones)' })
  overlaps!: number;

  @Field(() => Int, { description: 'Of those, the likely duplicates' })
  duplicates!: number;

  @Field(() => Float, { nullable: true, description: 'The strongest of those overlaps, 0..1 (two decimals); null when none' })
  strongestScore!: number | null;

  @Field(() => Date, { description: 'When the figures were last counted' })
  computedAt!: Date;
}
