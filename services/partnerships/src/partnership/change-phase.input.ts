import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Phase } from '../domain/enums.js';

@InputType('ChangePhaseInput', { description: 'Phases may move back as well as forward' })
export class ChangePhaseInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Phase)
  phase!: Phase;

  @Field(() => LocalDate, { nullable: true, description: 'When the partnership entered the phase; today when left out' })
  changedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the phase changed' })
  note?: string | null;
}
