import { isCountryCode, isRegionCode } from '@msp-atlas/reference-data';

/** The landscape page's place in the URL: ?countries=KEN,UGA&regions=014 */
export interface LandscapeSearch {
  countries?: string[];
  regions?: string[];
}

const codes = (value: unknown, isKnown: (code: string) => boolean, normalise: (code: string) => string) => [
  ...new Set((typeof value === 'string' ? value : '').split(',').map(normalise).filter(isKnown)),
];

/** The landscape route's validateSearch: only known codes. */
export function validateLandscapeSearch(raw: Record<string, unknown>): LandscapeSearch {
  const countries = codes(raw.countries, isCountryCode, (code) => code.trim().toUpperCase());
  const regions = codes(raw.regions, isRegionCode, (code) => code.trim());
  return { ...(countries.length > 0 && { countries }), ...(regions.length > 0 && { regions }) };
}
