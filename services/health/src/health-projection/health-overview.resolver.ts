import { badUserInput, buildConnection, NULLABLE_WHY, pageArguments, timestampIdKey } from '@msp-atlas/federation';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { HealthContext } from '../graphql/context.js';
import { PartnershipConnection } from '../partnership/partnership.connection.js';
import { partnershipReferenceOf } from '../partnership/partnership.reference.js';
import { SuccessFactor } from '../domain/enums.js';
import { HealthStatus } from '../health/health-enums.js';
import { healthCriteriaFromFilter, healthGroupOf } from './health-overview-criteria.js';
import { HealthOverviewFilter } from './health-overview-filter.input.js';
import { HealthOverviewGrouping } from './health-overview-grouping.enum.js';
import { countByHealth, countHealth, listByHealth } from './health-overview.repository.js';
import { HealthOverview } from './health-overview.type.js';
import { toHealthOverview } from './to-health-overview.js';

@Resolver()
export class HealthOverviewResolver {
  @Query(() => HealthOverview, {
    nullable: true,
    description: `How many partnerships are strong, adequate, weak, missing or not yet expected on each success factor, by phase or by country. ${NULLABLE_WHY}`,
  })
  async healthOverview(
    @Ctx() { db }: HealthContext,
    @Arg('filter', () => HealthOverviewFilter, { nullable: true }) filter: HealthOverviewFilter | null,
    @Arg('groupBy', () => HealthOverviewGrouping, { nullable: true, defaultValue: HealthOverviewGrouping.PHASE }) groupBy: HealthOverviewGrouping | null,
  ): Promise<HealthOverview> {
    const grouping = groupBy ?? HealthOverviewGrouping.PHASE;
    return toHealthOverview(await countHealth(db, healthCriteriaFromFilter(filter), grouping), grouping);
  }

  @Query(() => PartnershipConnection, {
    nullable: true,
    description: `The partnerships one overview cell counts: those whose factor has one of the statuses, in the group (a phase or a country code, per groupBy), newest registration first. ${NULLABLE_WHY}`,
  })
  async partnershipsByHealth(
    @Ctx() { db }: HealthContext,
    @Arg('factor', () => SuccessFactor) factor: SuccessFactor,
    @Arg('statuses', () => [HealthStatus]) statuses: HealthStatus[],
    @Arg('group', () => String, { nullable: true }) group: string | null,
    @Arg('groupBy', () => HealthOverviewGrouping, { nullable: true }) groupBy: HealthOverviewGrouping | null,
    @Arg('filter', () => HealthOverviewFilter, { nullable: true }) filter: HealthOverviewFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    if (statuses.length === 0) throw badUserInput('Name at least one status', 'statuses');
    const criteria = healthCriteriaFromFilter(filter);
    const cell = healthGroupOf(group, groupBy);
    const page = pageArguments(first, after);
    const rows = await listByHealth(db, criteria, factor, statuses, cell, page.first + 1, page.after ? timestampIdKey(page.after) : null);
    return buildConnection(
      PartnershipConnection,
      rows,
      page,
      (row) => partnershipReferenceOf(row.id),
      (row) => [row.listing_created_at, row.id],
      () => countByHealth(db, criteria, factor, statuses, cell),
    );
  }
}
