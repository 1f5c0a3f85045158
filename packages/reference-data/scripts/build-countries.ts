import type { Country, OfficialNames } from '../src/types.js';
import { cell, matchingCell, paddedCode, type CountryRow } from './country-row.js';
import { COLUMNS } from './csv-columns.js';
import { currenciesOfRow } from './currencies-of-row.js';

/** The CSV marks membership of the LDC, LLDC and SIDS groups with 'x'. */
function flag(row: CountryRow, column: string): boolean {
  const value = cell(row, column);
  if (value !== '' && value !== 'x') throw new Error(`${cell(row, COLUMNS.alpha3)}: ${column} is '${value}'`);
  return value === 'x';
}

function officialNames(row: CountryRow): OfficialNames {
  const names: Record<string, string> = {};
  for (const [language, column] of Object.entries(COLUMNS.officialNames)) {
    const name = cell(row, column);
    if (name !== '') names[language] = name;
  }
  return names;
}

function countryOf(row: CountryRow): Country {
  const numeric = paddedCode(row, COLUMNS.numeric);
  const name = cell(row, COLUMNS.name);
  const alpha3 = matchingCell(row, COLUMNS.alpha3, /^[A-Z]{3}$/);
  if (numeric === undefined || name === '') throw new Error(`${alpha3}: no numeric code or name`);
  const regionCode = paddedCode(row, COLUMNS.regionCode);
  const subRegionCode = paddedCode(row, COLUMNS.subRegionCode);
  const intermediateRegionCode = paddedCode(row, COLUMNS.intermediateRegionCode);
  return {
    alpha3,
    alpha2: matchingCell(row, COLUMNS.alpha2, /^[A-Z]{2}$/),
    numeric,
    name,
    officialNames: officialNames(row),
    ...(regionCode === undefined ? {} : { regionCode }),
    ...(subRegionCode === undefined ? {} : { subRegionCode }),
    ...(intermediateRegionCode === undefined ? {} : { intermediateRegionCode }),
    isLeastDeveloped: flag(row, COLUMNS.leastDeveloped),
    isLandlockedDeveloping: flag(row, COLUMNS.landlockedDeveloping),
    isSmallIslandDeveloping: flag(row, COLUMNS.smallIslandDeveloping),
    currencyCodes: currenciesOfRow(row).map((currency) => currency.code),
  };
}

/** One country per row, sorted by alpha-3 code. */
export function buildCountries(rows: readonly CountryRow[]): Country[] {
  const countries = rows.map(countryOf).sort((a, b) => a.alpha3.localeCompare(b.alpha3));
  const duplicate = countries.find((country, i) => i > 0 && countries[i - 1]?.alpha3 === country.alpha3);
  if (duplicate) throw new Error(`${duplicate.alpha3} appears twice`);
  return countries;
}
