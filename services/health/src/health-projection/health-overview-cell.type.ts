import { Field, Int, ObjectType } from 'type-graphql';
import { SuccessFactor } from '../domain/enums.js';

@ObjectType('HealthOverviewCell', { description: "How many of a group's partnerships have each status for one success factor" })
export class HealthOverviewCell {
  @Field(() => SuccessFactor)
  factor!: SuccessFactor;

  @Field(() => String, { description: "The group's key" })
  group!: string;

  @Field(() => Int)
  strong!: number;

  @Field(() => Int)
  adequate!: number;

  @Field(() => Int)
  weak!: number;

  @Field(() => Int)
  missing!: number;

  @Field(() => Int)
  notYetExpected!: number;
}
