import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('OverlapIndexStatus', { description: 'How complete and current the overlap index is' })
export class OverlapIndexStatus {
  @Field(() => Int, { description: 'Partnerships the index holds' })
  indexedPartnerships!: number;

  @Field(() => Int, { description: 'Events in the log the index has not taken in yet' })
  lag!: number;

  @Field(() => Float, { description: 'Age in seconds of the oldest event the index has not taken in yet; 0 when current' })
  lagSeconds!: number;

  @Field(() => Int, { description: 'Events the index gave up on (parked as dead letters, see `npm run events -- dead-letters`)' })
  parkedEvents!: number;

  @Field(() => Int, { description: 'Partnerships waiting for their overlap summary (the health signal) to be counted again' })
  summariesPending!: number;
}
