import { countries, getCountry } from '@msp-atlas/reference-data';
import type { CodeOption } from './code-option';

/** Every ISO 3166-1 country and territory, by name. */
export const COUNTRY_OPTIONS: readonly CodeOption[] = countries
  .map((country) => ({ code: country.alpha3, label: country.name }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

/** The country's English name, or the code itself when it is unknown. */
export function countryName(alpha3: string): string {
  return getCountry(alpha3)?.name ?? alpha3;
}
