import type { Currency } from '../src/types.js';
import { cell, type CountryRow } from './country-row.js';
import { COLUMNS } from './csv-columns.js';

function split(row: CountryRow, column: string): string[] {
  const value = cell(row, column);
  return value === '' ? [] : value.split(',').map((part) => part.trim());
}

/**
 * The currencies a row names. A country may use several, written comma-separated in
 * parallel columns (e.g. Bhutan: 'INR,BTN', '356,064', 'Indian Rupee,Ngultrum', '2,2').
 */
export function currenciesOfRow(row: CountryRow): Currency[] {
  const alpha3 = cell(row, COLUMNS.alpha3);
  const codes = split(row, COLUMNS.currencyCodes);
  const numericCodes = split(row, COLUMNS.currencyNumericCodes);
  const names = split(row, COLUMNS.currencyNames);
  const minorUnits = split(row, COLUMNS.currencyMinorUnits);
  if (codes.length === 0) return [];
  if ([numericCodes, names, minorUnits].some((parts) => parts.length !== codes.length)) {
    throw new Error(`${alpha3}: currency columns do not line up`);
  }
  return codes.map((code, i) => {
    const numericCode = numericCodes[i] ?? '';
    const minorUnit = minorUnits[i] ?? '';
    if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${alpha3}: currency code '${code}' is malformed`);
    if (!/^(\d{3})?$/.test(numericCode)) throw new Error(`${alpha3}: numeric code of ${code} is malformed`);
    if (!/^\d?$/.test(minorUnit)) throw new Error(`${alpha3}: minor unit of ${code} is malformed`);
    return {
      code,
      ...(numericCode === '' ? {} : { numericCode }),
      name: names[i] ?? '',
      ...(minorUnit === '' ? {} : { minorUnit: Number(minorUnit) }),
    };
  });
}
