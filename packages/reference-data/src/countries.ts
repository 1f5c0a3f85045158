import { countries } from './reference-tables.js';
import type { Country } from './types.js';

const countriesByAlpha3: ReadonlyMap<string, Country> = new Map(countries.map((country) => [country.alpha3, country]));
const countriesByNumeric: ReadonlyMap<string, Country> = new Map(countries.map((country) => [country.numeric, country]));

/** The country with this exact, upper-case ISO 3166-1 alpha-3 code. */
export function getCountry(alpha3: string): Country | undefined {
  return countriesByAlpha3.get(alpha3);
}

export function isCountryCode(alpha3: string): boolean {
  return countriesByAlpha3.has(alpha3);
}

/** The country with this ISO 3166-1 numeric code ('404' or 404), as map data such as world-atlas names them. */
export function getCountryByNumeric(numeric: string | number): Country | undefined {
  return countriesByNumeric.get(String(numeric).padStart(3, '0'));
}
