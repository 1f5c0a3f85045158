import { viewerActor } from '@msp-atlas/access';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Partnership } from '../partnership/partnership.type.js';
import { toIndicatorValue, toProgressReport } from './progress-report.mapper.js';
import { submitProgressReport } from './progress-report.service.js';
import { IndicatorValue, ProgressReport } from './progress-report.type.js';
import { SubmitProgressReportInput } from './submit-progress-report.input.js';

@ObjectType('SubmitProgressReportPayload')
export class SubmitProgressReportPayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => ProgressReport)
  progressReport!: ProgressReport;
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => [IndicatorValue])
  async indicatorValues(@Root() report: ProgressReport, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.indicatorValues.load(report.id)).map(toIndicatorValue);
  }

  @Mutation(() => SubmitProgressReportPayload, { description: "Members, or curators of one of the partnership's countries" })
  async submitProgressReport(
    @Arg('input', () => SubmitProgressReportInput) input: SubmitProgressReportInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    const { partnership, report } = await submitProgressReport(db, viewerActor(viewer), input);
    return { partnership: toPartnership(partnership), progressReport: toProgressReport(report) };
  }
}
