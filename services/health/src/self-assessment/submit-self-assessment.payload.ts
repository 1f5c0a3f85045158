import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.reference.js';
import { SelfAssessment } from './self-assessment.type.js';

@ObjectType('SubmitSelfAssessmentPayload')
export class SubmitSelfAssessmentPayload {
  @Field(() => SelfAssessment)
  selfAssessment!: SelfAssessment;

  @Field(() => Partnership)
  partnership!: Partnership;
}
