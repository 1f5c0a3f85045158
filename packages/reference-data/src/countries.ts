import { countries } from './reference-tables.js';
import type { Country } from './types.js';

const countriesByAlpha3: ReadonlyMap<string, Country> = new Map(countries.map((country) => [country.alpha3, country]));

/** The country with this exact, upper-case ISO 3166-1 alpha-3 code. */
export function getCountry(alpha3: string): Country | undefined {
  return countriesByAlpha3.get(alpha3);
}

export function isCountryCode(alpha3: string): boolean {
  return countriesByAlpha3.has(alpha3);
}
