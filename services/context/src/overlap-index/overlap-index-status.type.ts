import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('OverlapIndexStatus', { description: 'How complete and current the overlap index is' })
export class OverlapIndexStatus {
  @Field(() => Int, { description: 'Partnerships the index holds' })
  indexedPartnerships!: number;

  @Field(() => Int, { description: 'Events in the log the index has not taken in yet' })
  lag!: number;
}
