import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../domain/clock.js';
import { Phase } from '../domain/enums.js';
import type { PartnershipsContext } from '../graphql/context.js';
import { toProgressReport } from '../progress-report/progress-report.mapper.js';
import { ProgressReport } from '../progress-report/progress-report.type.js';
import { isProgressReportOverdue } from '../progress-report/report-overdue.js';
import { toStakeholder } from '../stakeholder/stakeholder.mapper.js';
import { Stakeholder } from '../stakeholder/stakeholder.type.js';
import { toIndicator, toMilestone, toPhaseChange } from './detail-mappers.js';
import { fundingConcentration } from './funding-concentration.js';
import { FundingConcentration } from './funding-concentration.type.js';
import { Indicator } from './indicator.type.js';
import { Milestone } from './milestone.type.js';
import { Partnership } from './partnership.type.js';
import { PhaseChange } from './phase-change.type.js';

@Resolver(() => Partnership)
export class PartnershipFieldsResolver {
  @FieldResolver(() => [PhaseChange], { description: 'Every phase the partnership has been in, oldest first' })
  async phaseHistory(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.phaseChanges.load(partnership.id)).map(toPhaseChange);
  }

  @FieldResolver(() => [Stakeholder])
  async stakeholders(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.stakeholders.load(partnership.id)).map(toStakeholder);
  }

  @FieldResolver(() => [Milestone])
  async milestones(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.milestones.load(partnership.id)).map(toMilestone);
  }

  @FieldResolver(() => [Indicator])
  async indicators(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.indicators.load(partnership.id)).map(toIndicator);
  }

  @FieldResolver(() => [ProgressReport], { description: 'Newest first' })
  async progressReports(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.progressReports.load(partnership.id)).map(toProgressReport);
  }

  @FieldResolver(() => [FundingConcentration], {
    description: 'Concentration of financial contributions, one entry per currency, largest total first',
  })
  async fundingConcentration(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    const rows = await loaders.financialContributions.load(partnership.id);
    return fundingConcentration(rows.map((row) => ({ organizationId: row.organization_id, amount: row.amount ?? 0, currency: row.currency ?? '' })));
  }

  @FieldResolver(() => Boolean, {
    description: 'In implementation without a progress report for 12 months (counted from entering implementation)',
  })
  async progressReportOverdue(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    if (partnership.phase !== Phase.IMPLEMENTATION) return false;
    const [history, lastReportedOn] = await Promise.all([loaders.phaseChanges.load(partnership.id), loaders.lastReportedOn.load(partnership.id)]);
    const entered = history.filter((change) => change.to_phase === Phase.IMPLEMENTATION).at(-1);
    return isProgressReportOverdue({
      phase: partnership.phase,
      enteredPhaseOn: entered?.changed_on ?? null,
      lastReportedOn,
      today: today(),
    });
  }
}
