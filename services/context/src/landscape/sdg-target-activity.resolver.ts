import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '@msp-atlas/federation';
import { isCountryCode } from '@msp-atlas/reference-data';
import { knownCodes } from '@msp-atlas/validation';
import type { ContextServiceContext } from '../graphql/context.js';
import { findTargetActivity } from './landscape.repository.js';
import { SdgTargetReference } from './sdg-target.reference.js';
import { TargetActivity } from './target-activity.type.js';

const MAX_PER_COUNTRY = 50;

@Resolver(() => SdgTargetReference)
export class SdgTargetActivityResolver {
  @FieldResolver(() => [TargetActivity], { description: 'Who works on this target, where: per country, most initiatives first' })
  async activeIn(
    @Root() target: SdgTargetReference,
    @Arg('countries', () => [String], { nullable: true, description: 'Only these countries (ISO 3166-1 alpha-3)' }) countries: string[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Initiatives listed per country, at most 50' }) first: number,
    @Ctx() { db }: ContextServiceContext,
  ): Promise<TargetActivity[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PER_COUNTRY) throw badUserInput(`Between 1 and ${MAX_PER_COUNTRY}`, 'first');
    const only = knownCodes(countries, 'countries', isCountryCode, 'country');
    const rows = await findTargetActivity(db, target.code, only, first);
    return rows.map((row) => ({
      country: row.country,
      partnershipCount: Number(row.partnership_count),
      partnerships: row.partnership_ids.map((id) => ({ id })),
    }));
  }
}
