import { Field, ObjectType } from 'type-graphql';
import { SuccessFactor, SuccessFactorArea } from '../domain/enums.js';
import { HealthStatus } from './health-enums.js';

@ObjectType('AreaHealth', { description: 'One area of the framework: its factors and the worst of their statuses' })
export class AreaHealth {
  @Field(() => SuccessFactorArea)
  area!: SuccessFactorArea;

  @Field(() => [SuccessFactor])
  factors!: SuccessFactor[];

  @Field(() => HealthStatus)
  worstStatus!: HealthStatus;
}
