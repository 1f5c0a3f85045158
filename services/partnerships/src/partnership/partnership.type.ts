import { LocalDate } from '@msp-atlas/federation';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnershipStatus, Phase, Scope } from '../domain/enums.js';
import { Governance } from './governance.type.js';

@Directive('@key(fields: "id")')
@ObjectType('Partnership', { description: 'A multi-stakeholder partnership as registered by its members' })
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Human-readable identifier for URLs' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Phase)
  phase!: Phase;

  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => Scope)
  scope!: Scope;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3 codes' })
  countries!: string[];

  @Field(() => [String], { description: 'UN M49 region codes' })
  regions!: string[];

  @Field(() => [String], { description: 'OECD DAC 3-digit sector codes' })
  sectors!: string[];

  @Field(() => [String], { description: 'Declared SDG target codes, IATI form (e.g. "6.1", "6.a")' })
  sdgTargets!: string[];

  @Field(() => [String], { description: 'SDG goal codes of the declared targets' })
  sdgGoals!: string[];

  @Field(() => LocalDate, { nullable: true })
  startDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field(() => [String])
  objectives!: string[];

  @Field(() => String, { nullable: true, description: 'The problem the partners share, in their own words' })
  problemStatement!: string | null;

  @Field(() => String, { nullable: true, description: 'How the work continues, scales or is handed over to others' })
  continuationPlan!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest evaluation' })
  lastEvaluatedOn!: string | null;

  @Field(() => Governance)
  governance!: Governance;

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion' })
  version!: number;

  @Field(() => Boolean, { description: 'Fictional record from the demo data set' })
  isDemo!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}
