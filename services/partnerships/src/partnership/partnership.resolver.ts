import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { buildConnection, pageArguments, NULLABLE_WHY, timestampIdKey } from '@msp-atlas/federation';
import type { PartnershipsContext } from '../graphql/context.js';
import { criteriaFromFilter } from './partnership-criteria.js';
import { PartnershipFilter } from './partnership-filter.input.js';
import { countPartnerships, countPartnershipsByCountry, listPartnerships } from './partnership-listing.repository.js';
import { CountryPartnershipCount } from './country-partnership-count.type.js';
import { PartnershipConnection } from './partnership.connection.js';
import { toPartnership } from './partnership.mapper.js';
import { findPartnershipBySlug } from './partnership.repository.js';
import { Partnership } from './partnership.type.js';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true })
  async partnership(@Arg('id', () => ID) id: string, @Ctx() { loaders }: PartnershipsContext) {
    const row = await loaders.partnership.load(id);
    return row ? toPartnership(row) : null;
  }

  @Query(() => Partnership, { nullable: true })
  async partnershipBySlug(@Arg('slug', () => String) slug: string, @Ctx() { db }: PartnershipsContext) {
    const row = await findPartnershipBySlug(db, slug);
    return row ? toPartnership(row) : null;
  }

  @Query(() => PartnershipConnection, { nullable: true, description: `Registered partnerships, newest first. ${NULLABLE_WHY}` })
  async partnerships(
    @Ctx() { db }: PartnershipsContext,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter: PartnershipFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = pageArguments(first, after);
    const criteria = criteriaFromFilter(filter);
    const rows = await listPartnerships(db, criteria, page.first + 1, page.after ? timestampIdKey(page.after) : null);
    return buildConnection(
      PartnershipConnection,
      rows,
      page,
      toPartnership,
      (row) => [row.listing_created_at, row.id],
      () => countPartnerships(db, criteria),
    );
  }

  @Query(() => [CountryPartnershipCount], {
    nullable: true,
    description: `Per country, how many partnerships match the filter (countries with none are left out), for a map beside the list. ${NULLABLE_WHY}`,
  })
  async partnershipCountsByCountry(
    @Ctx() { db }: PartnershipsContext,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter: PartnershipFilter | null,
  ) {
    return countPartnershipsByCountry(db, criteriaFromFilter(filter));
  }
}
