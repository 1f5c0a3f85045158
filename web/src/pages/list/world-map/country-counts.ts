import { getCountry } from '@msp-atlas/reference-data';

export interface CountryCount {
  country: string;
  name: string;
  partnershipCount: number;
}

/** The API's counts with country names, most partnerships first, then by name. */
export function namedCountryCounts(rows: readonly { country: string; partnershipCount: number }[]): CountryCount[] {
  return rows
    .map((row) => ({ ...row, name: getCountry(row.country)?.name ?? row.country }))
    .sort((left, right) => right.partnershipCount - left.partnershipCount || left.name.localeCompare(right.name));
}

/** Countries with partnerships that the map has no outline for (small islands at this scale). */
export function countriesOffMap(counts: readonly CountryCount[], mapped: ReadonlySet<string>): CountryCount[] {
  return counts.filter((row) => !mapped.has(row.country));
}
