import { isDeepStrictEqual } from 'node:util';
import type { Currency } from '../src/types.js';
import type { CountryRow } from './country-row.js';
import { currenciesOfRow } from './currencies-of-row.js';

/** Every currency the rows name, once each (the euro alone is named by dozens of rows), sorted by code. */
export function buildCurrencies(rows: readonly CountryRow[]): Currency[] {
  const byCode = new Map<string, Currency>();
  for (const currency of rows.flatMap(currenciesOfRow)) {
    const known = byCode.get(currency.code);
    if (known && !isDeepStrictEqual(known, currency)) {
      throw new Error(`currency ${currency.code} is described differently in different rows`);
    }
    byCode.set(currency.code, currency);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
