import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { SdgContext } from '../graphql/context.js';
import { buildCoverage } from './build-coverage.js';
import { ALL, countryArea, regionArea } from './coverage-areas.js';
import { coverageFiguresOfArea } from './coverage-cells.repository.js';
import { coverageCriteria, type CoverageCriteria } from './coverage-criteria.js';
import { coverageFigures } from './coverage.repository.js';
import { SdgCoverageFilter } from './sdg-coverage-filter.input.js';
import { SdgCoverage } from './sdg-coverage.type.js';

@Resolver(() => SdgCoverage)
export class SdgCoverageResolver {
  @Query(() => SdgCoverage, {
    description: "Goals and targets the selected partnerships declare, with partnerships, organisations and money; kept from the registry's events",
  })
  async sdgCoverage(
    @Arg('filter', () => SdgCoverageFilter, { nullable: true }) filter: SdgCoverageFilter | null,
    @Ctx() { db, ratesTable }: SdgContext,
  ): Promise<SdgCoverage> {
    const criteria = coverageCriteria(filter);
    const area = singleArea(criteria);
    // One area: a few hundred pre-aggregated rows. Other filters scan the partnerships' targets.
    const figures = area ? await coverageFiguresOfArea(db, area) : await coverageFigures(db, criteria);
    return buildCoverage(figures, ratesTable);
  }
}

/** The area of the cells that answers the filter exactly: all, one country or one region, without phase or status. */
function singleArea(criteria: CoverageCriteria): string | null {
  if (criteria.phase || criteria.status) return null;
  if (!criteria.countries && !criteria.regions) return ALL;
  const [onlyCountry, ...otherCountries] = criteria.countries ?? [];
  if (onlyCountry !== undefined && otherCountries.length === 0 && !criteria.regions) return countryArea(onlyCountry);
  const [onlyRegion, ...otherRegions] = criteria.regions?.regionCodes ?? [];
  if (onlyRegion !== undefined && otherRegions.length === 0 && !criteria.countries) return regionArea(onlyRegion);
  return null;
}
