import { LocalDate } from '@msp-atlas/federation';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SelfScore', { description: "The members' latest own score of a factor" })
export class SelfScore {
  @Field(() => Int, { description: '1 (weak) to 5 (strong)' })
  score!: number;

  @Field(() => String)
  note!: string;

  @Field(() => LocalDate)
  assessedOn!: string;
}
