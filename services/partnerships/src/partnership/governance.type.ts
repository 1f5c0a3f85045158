import { LocalDate } from '@msp-atlas/federation';
import { Field, ObjectType } from 'type-graphql';
import { DecisionMaking } from '../domain/enums.js';
import { Secretariat } from './secretariat.type.js';

@ObjectType('Governance')
export class Governance {
  @Field(() => Secretariat, { nullable: true })
  secretariat!: Secretariat | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the memorandum of understanding was signed' })
  mouSignedOn!: string | null;

  @Field(() => DecisionMaking, { nullable: true })
  decisionMaking!: DecisionMaking | null;

  @Field(() => [String], { description: 'How partners inform each other (e.g. "monthly newsletter")' })
  communicationChannels!: string[];
}
