import { badUserInput, isUuid } from '@msp-atlas/federation';
import { countriesInRegion } from '@msp-atlas/reference-data';
import { compareSdgCodes, isSdgGoalCode } from '@msp-atlas/sdg-framework';
import { knownCodes } from '@msp-atlas/validation';
import type { PartnershipFilter } from './partnership-filter.input.js';
import type { PartnershipCriteria } from './partnership-listing.repository.js';
import { countryCodes, regionCodes, sdgTargetCodes, sectorCodes } from './partnership.validation.js';

/** Checks a list filter as strictly as input to a mutation: an unknown code is an error, not an empty list. */
export function criteriaFromFilter(filter: PartnershipFilter | null | undefined): PartnershipCriteria {
  if (!filter) return {};
  const regions = filter.regions?.length ? regionCodes(filter.regions, 'filter.regions') : null;
  (filter.organizationIds ?? []).forEach((id, index) => {
    if (!isUuid(id)) throw badUserInput('Not an organisation id', `filter.organizationIds[${index}]`);
  });
  return {
    phases: filter.phases ?? undefined,
    statuses: filter.statuses ?? undefined,
    countries: filter.countries ? countryCodes(filter.countries, 'filter.countries') : undefined,
    regions: regions ? { regionCodes: regions, countryCodes: regions.flatMap((code) => countriesInRegion(code).map((country) => country.alpha3)) } : undefined,
    sectors: filter.sectors ? sectorCodes(filter.sectors, 'filter.sectors') : undefined,
    stakeholderTypes: filter.stakeholderTypes ?? undefined,
    organizationIds: filter.organizationIds ?? undefined,
    sdgGoals: filter.sdgGoals
      ? knownCodes(filter.sdgGoals, 'filter.sdgGoals', isSdgGoalCode, 'SDG goal code', (code) => code.trim()).sort(compareSdgCodes)
      : undefined,
    sdgTargets: filter.sdgTargets ? sdgTargetCodes(filter.sdgTargets, 'filter.sdgTargets') : undefined,
    search: filter.search,
    isDemo: filter.isDemo,
  };
}
