import { viewerActor } from '@msp-atlas/access';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { toIndicatorValue, toProgressReport } from './progress-report.mapper.js';
import { submitProgressReport } from './progress-report.service.js';
import { IndicatorValue } from './indicator-value.type.js';
import { ProgressReport } from './progress-report.type.js';
import { SubmitProgressReportInput } from './submit-progress-report.input.js';
import { SubmitProgressReportPayload } from './submit-progress-report.payload.js';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => [IndicatorValue])
  async indicatorValues(@Root() report: ProgressReport, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.indicatorValues.load(report.id)).map(toIndicatorValue);
  }

  @Mutation(() => SubmitProgressReportPayload, { description: "Members, or curators of one of the partnership's countries" })
  async submitProgressReport(@Arg('input', () => SubmitProgressReportInput) input: SubmitProgressReportInput, @Ctx() { db, viewer }: PartnershipsContext) {
    const { partnership, report } = await submitProgressReport(db, viewerActor(viewer), input);
    return { partnership: toPartnership(partnership), progressReport: toProgressReport(report) };
  }
}
