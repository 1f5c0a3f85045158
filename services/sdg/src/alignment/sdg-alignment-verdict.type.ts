import { Field, ObjectType } from 'type-graphql';
import type { SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgVerdictCode } from './sdg-verdict-code.js';

@ObjectType('SdgAlignmentVerdict', { description: 'What a person should do about the alignment, in short' })
export class SdgAlignmentVerdict {
  @Field(() => SdgVerdictCode)
  code!: SdgVerdictCode;

  @Field(() => [SdgTarget], { description: 'The targets the advice is about, in SDG order' })
  targets!: SdgTargetRecord[];

  @Field(() => String, { description: 'The advice in English; clients may word it from code and targets' })
  text!: string;
}
