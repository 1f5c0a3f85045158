import { describe, expect, it } from 'vitest';
import { countries, currencies, getCurrency, isCurrencyCode } from '../src/index.js';

describe('currencies', () => {
  it('has the euro and the US dollar with their names', () => {
    expect(getCurrency('EUR')).toEqual({ code: 'EUR', numericCode: '978', name: 'Euro', minorUnit: 2 });
    expect(getCurrency('USD')).toEqual({ code: 'USD', numericCode: '840', name: 'US Dollar', minorUnit: 2 });
  });

  it('lists each currency once, sorted by code', () => {
    const codes = currencies.map((currency) => currency.code);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(countries.filter((country) => country.currencyCodes.includes('EUR')).length).toBeGreaterThan(20);
  });

  it('keeps the second currency of a shared row', () => {
    expect(getCurrency('BTN')).toMatchObject({ name: 'Ngultrum', numericCode: '064' });
    expect(getCurrency('UYW')?.minorUnit).toBe(4);
  });

  it('trims names', () => {
    expect(getCurrency('KMF')?.name).toBe('Comorian Franc');
    for (const currency of currencies) expect(currency.name).toBe(currency.name.trim());
  });

  it('covers every currency a country uses', () => {
    for (const country of countries) {
      for (const code of country.currencyCodes) expect(isCurrencyCode(code), `${country.alpha3} ${code}`).toBe(true);
    }
  });

  it('rejects unknown or lower-case codes', () => {
    for (const code of ['XXX', 'eur', 'EU', '978', '']) expect(isCurrencyCode(code), code).toBe(false);
  });
});
