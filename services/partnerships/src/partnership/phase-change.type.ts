import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, ObjectType } from 'type-graphql';
import { Phase } from '../domain/enums.js';

@ObjectType('PhaseChange', { description: 'One entry of the phase history' })
export class PhaseChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Phase, { nullable: true, description: 'Absent for the phase a partnership was registered in' })
  fromPhase!: Phase | null;

  @Field(() => Phase)
  toPhase!: Phase;

  @Field(() => LocalDate, { description: 'When the partnership entered the phase' })
  changedOn!: string;

  @Field(() => String)
  note!: string;

  @Field(() => Date)
  recordedAt!: Date;
}
