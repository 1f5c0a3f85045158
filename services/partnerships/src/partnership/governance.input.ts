import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecisionMaking } from '../domain/enums.js';

@InputType('GovernanceInput')
export class GovernanceInput {
  @Field(() => ID, { nullable: true, description: 'Organisation hosting the secretariat' })
  secretariatHostId?: string | null;

  @Field(() => Int, { nullable: true })
  secretariatStaffCount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  mouSignedOn?: string | null;

  @Field(() => DecisionMaking, { nullable: true })
  decisionMaking?: DecisionMaking | null;

  @Field(() => [String], { nullable: true })
  communicationChannels?: string[] | null;
}
