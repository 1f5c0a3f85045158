import { regionsOfCountry } from '@msp-atlas/reference-data';
import type { AmountsByCurrency } from '../alignment/partnership-stakeholder.table.js';

export const ALL = 'ALL';
export const countryArea = (code: string) => `C:${code}`;
export const regionArea = (code: string) => `R:${code}`;

/** What a partnership adds to the coverage cells: where it counts, for what, with whom and what money. */
export interface CoverageShare {
  areas: string[];
  keys: string[];
  organizationIds: string[];
  amounts: AmountsByCurrency;
}

/**
 * The areas a partnership counts in, as the registry's filter reads places: each of its
 * countries, each region it names, and every region containing one of its countries.
 */
export function areasOf(countries: readonly string[], regions: readonly string[]): string[] {
  const areas = new Set<string>([ALL]);
  for (const country of countries) {
    areas.add(countryArea(country));
    for (const region of regionsOfCountry(country)) areas.add(regionArea(region.code));
  }
  for (const region of regions) areas.add(regionArea(region));
  return [...areas];
}

/** The keys a partnership counts under: all, each goal of its declared targets once, each declared target. */
export function keysOf(declaredTargets: readonly string[]): string[] {
  if (declaredTargets.length === 0) return [];
  const goals = new Set(declaredTargets.map((code) => `G:${code.split('.')[0]}`));
  return [ALL, ...goals, ...new Set(declaredTargets.map((code) => `T:${code}`))];
}

/** Every (country, region containing it) pair, for rebuilding the cells in SQL. */
export function countryRegionPairs(countries: readonly string[]): { country: string; region: string }[] {
  return countries.flatMap((country) => regionsOfCountry(country).map((region) => ({ country, region: region.code })));
}
