import { badUserInput } from '@msp-atlas/federation';
import { countriesInRegion, isCountryCode, isRegionCode } from '@msp-atlas/reference-data';
import { isSdgGoalCode, isSdgTargetCode } from '@msp-atlas/sdg-framework';
import { knownCodes } from '@msp-atlas/validation';
import type { LandscapeSelection } from './build-landscape.js';
import type { LandscapeFilterInput } from './landscape-filter.input.js';

const FIELD = 'filter';

/** The filter checked: known codes only, and a place (countries or regions) to look at. */
export function landscapeSelectionOf(filter: LandscapeFilterInput): LandscapeSelection {
  const countries = knownCodes(filter.countries, `${FIELD}.countries`, isCountryCode, 'country');
  const regions = knownCodes(filter.regions, `${FIELD}.regions`, isRegionCode, 'region', (code) => code.trim());
  const targets = knownCodes(filter.sdgTargets, `${FIELD}.sdgTargets`, isSdgTargetCode, 'SDG target', (code) => code.trim().toLowerCase());
  const goals = knownCodes((filter.sdgGoals ?? []).map(String), `${FIELD}.sdgGoals`, isSdgGoalCode, 'SDG goal', (code) => code.trim());
  if (countries.length === 0 && regions.length === 0) throw badUserInput('Name at least one country or region', FIELD);
  // A region's initiatives are those naming the region and those in its countries.
  const regionCountries = regions.flatMap((region) => countriesInRegion(region).map((country) => country.alpha3));
  return { countries: [...new Set([...countries, ...regionCountries])], regions, targets, goals, focusCountries: new Set([...countries, ...regionCountries]) };
}
