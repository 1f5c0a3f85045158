import { LocalDate } from '@msp-atlas/federation';
import { Field, ObjectType } from 'type-graphql';
import { Phase, SuccessFactor } from '../domain/enums.js';
import { AreaHealth } from './area-health.type.js';
import { FactorHealth } from './factor-health.type.js';
import { HealthGap } from './health-gap.type.js';
import { PhaseReadiness } from './phase-readiness.type.js';

@ObjectType('PartnershipHealth', { description: 'The health check of a partnership against the success factors, for its current phase' })
export class PartnershipHealth {
  @Field(() => LocalDate)
  evaluatedOn!: string;

  @Field(() => Phase)
  phase!: Phase;

  @Field(() => [FactorHealth], { description: "All eighteen, in the framework's order" })
  factors!: FactorHealth[];

  @Field(() => [AreaHealth], { description: "The seven areas, in the framework's order" })
  areas!: AreaHealth[];

  @Field(() => PhaseReadiness)
  readiness!: PhaseReadiness;

  @Field(() => PhaseReadiness, { nullable: true, description: 'Readiness for the next phase; null in FURTHER_DEVELOPMENT' })
  nextPhaseReadiness!: PhaseReadiness | null;

  @Field(() => [SuccessFactor], { description: 'Expected factors that are WEAK or MISSING, weakest first' })
  weakestFactors!: SuccessFactor[];

  @Field(() => [HealthGap], { description: "Where the members' own view and the data disagree" })
  gaps!: HealthGap[];
}
