import { currencies } from './reference-tables.js';
import type { Currency } from './types.js';

const currenciesByCode: ReadonlyMap<string, Currency> = new Map(currencies.map((currency) => [currency.code, currency]));

/** The currency with this exact, upper-case ISO 4217 alphabetic code. */
export function getCurrency(code: string): Currency | undefined {
  return currenciesByCode.get(code);
}

export function isCurrencyCode(code: string): boolean {
  return currenciesByCode.has(code);
}
