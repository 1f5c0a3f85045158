import { badUserInput } from '@msp-atlas/federation';
import { Phase, PartnershipStatus } from '@msp-atlas/msp-vocabulary';
import { countriesInRegion, isCountryCode, isRegionCode } from '@msp-atlas/reference-data';
import { knownCodes } from '@msp-atlas/validation';
import type { SdgCoverageFilter } from './sdg-coverage-filter.input.js';

/** A checked filter, region codes widened to the countries inside, as the registry widens them. */
export interface CoverageCriteria {
  countries: string[] | null;
  regions: { regionCodes: string[]; countryCodes: string[] } | null;
  phase: string | null;
  status: string | null;
}

function oneOf(value: string | null | undefined, allowed: Record<string, string>, field: string, what: string): string | null {
  if (value === null || value === undefined) return null;
  if (!Object.values(allowed).includes(value)) throw badUserInput(`Unknown ${what} "${value}"`, field);
  return value;
}

/** Refuses unknown codes with the field, as the registry's filter does: never an empty answer for a typo. */
export function coverageCriteria(filter: SdgCoverageFilter | null | undefined): CoverageCriteria {
  const countries = filter?.countries?.length ? knownCodes(filter.countries, 'filter.countries', isCountryCode, 'country code (ISO 3166-1 alpha-3)') : null;
  const regionCodes = filter?.regions?.length
    ? knownCodes(filter.regions, 'filter.regions', isRegionCode, 'region code (UN M49)', (code) => code.trim())
    : null;
  return {
    countries,
    regions: regionCodes ? { regionCodes, countryCodes: regionCodes.flatMap((code) => countriesInRegion(code).map((country) => country.alpha3)) } : null,
    phase: oneOf(filter?.phase, Phase, 'filter.phase', 'phase'),
    status: oneOf(filter?.status, PartnershipStatus, 'filter.status', 'status'),
  };
}
