import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type.js';
import { ProgressReport } from './progress-report.type.js';

@ObjectType('SubmitProgressReportPayload')
export class SubmitProgressReportPayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => ProgressReport)
  progressReport!: ProgressReport;
}
