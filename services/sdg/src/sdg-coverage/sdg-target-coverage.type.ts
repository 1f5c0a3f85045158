import { Field, Int, ObjectType } from 'type-graphql';
import type { SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgMoney } from './sdg-money.type.js';

@ObjectType('SdgTargetCoverage')
export class SdgTargetCoverage {
  @Field(() => SdgTarget)
  target!: SdgTargetRecord;

  @Field(() => Int, { description: 'Partnerships declaring the target' })
  partnerships!: number;

  @Field(() => Int, { description: 'Distinct organisations taking part in those partnerships' })
  organizations!: number;

  @Field(() => [SdgMoney], { description: "Those partnerships' financial contributions, summed per currency, by currency code" })
  money!: SdgMoney[];
}
