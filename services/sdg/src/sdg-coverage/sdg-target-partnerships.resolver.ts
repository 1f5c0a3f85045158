import { buildConnection, pageArguments, textIdKey } from '@msp-atlas/federation';
import type { SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { SdgTarget } from '../framework/sdg-target.type.js';
import type { SdgContext } from '../graphql/context.js';
import { coverageCriteria } from './coverage-criteria.js';
import { SdgCoverageFilter } from './sdg-coverage-filter.input.js';
import { SdgTargetPartnershipConnection } from './sdg-target-partnership.connection.js';
import { countPartnershipsDeclaring, partnershipsDeclaring } from './target-partnerships.repository.js';

@Resolver(() => SdgTarget)
export class SdgTargetPartnershipsResolver {
  @FieldResolver(() => SdgTargetPartnershipConnection, { description: 'Partnerships declaring the target, by name; the filter as for sdgCoverage' })
  async partnerships(
    @Root() target: SdgTargetRecord,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => SdgCoverageFilter, { nullable: true }) filter: SdgCoverageFilter | null,
    @Ctx() { db }: SdgContext,
  ): Promise<SdgTargetPartnershipConnection> {
    const page = pageArguments(first, after);
    const criteria = coverageCriteria(filter);
    const rows = await partnershipsDeclaring(db, target.code, criteria, {
      limit: page.first + 1,
      after: page.after ? textIdKey(page.after) : null,
    });
    return buildConnection(
      SdgTargetPartnershipConnection,
      rows,
      page,
      (row) => ({ id: row.partnership_id }),
      (row) => [row.name, row.partnership_id],
      () => countPartnershipsDeclaring(db, target.code, criteria),
    ) as SdgTargetPartnershipConnection;
  }
}
