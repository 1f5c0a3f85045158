import { countries, regions } from './reference-tables.js';
import type { Country, Region } from './types.js';

const regionsByCode: ReadonlyMap<string, Region> = new Map(regions.map((region) => [region.code, region]));
const worldCodes = regions.filter((region) => region.level === 'WORLD').map((region) => region.code);
const NONE: readonly never[] = Object.freeze([]);

/** A country's regions, broadest first: World, region, sub-region, intermediate region. */
function regionCodesOf(country: Country): string[] {
  const own = [country.regionCode, country.subRegionCode, country.intermediateRegionCode];
  return [...worldCodes, ...own.filter((code): code is string => code !== undefined)];
}

const regionsByAlpha3 = new Map<string, readonly Region[]>();
const countriesByRegion = new Map<string, Country[]>();
for (const country of countries) {
  const codes = regionCodesOf(country);
  regionsByAlpha3.set(country.alpha3, Object.freeze(codes.map((code) => regionsByCode.get(code)).filter((region) => region !== undefined)));
  for (const code of codes) {
    const members = countriesByRegion.get(code);
    if (members) members.push(country);
    else countriesByRegion.set(code, [country]);
  }
}
for (const members of countriesByRegion.values()) Object.freeze(members);

/** The region with this exact three-digit M49 code, e.g. '002' (not '2'). */
export function getRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

export function isRegionCode(m49: string): boolean {
  return regionsByCode.has(m49);
}

/** The countries in a region at any depth (World '001' holds them all), sorted by alpha-3 code. */
export function countriesInRegion(m49: string): readonly Country[] {
  return countriesByRegion.get(m49) ?? NONE;
}

/** The regions a country lies in, broadest first; empty for an unknown country. */
export function regionsOfCountry(alpha3: string): readonly Region[] {
  return regionsByAlpha3.get(alpha3) ?? NONE;
}
