import { describe, expect, it } from 'vitest';
import { countries, getCountry, getCountryByNumeric, isCountryCode } from '../src/index.js';

describe('countries', () => {
  it('describes Kenya', () => {
    expect(getCountry('KEN')).toEqual({
      alpha3: 'KEN',
      alpha2: 'KE',
      numeric: '404',
      name: 'Kenya',
      officialNames: { en: 'Kenya', fr: 'Kenya', es: 'Kenya', ar: 'كينيا', zh: '肯尼亚', ru: 'Кения' },
      regionCode: '002',
      subRegionCode: '202',
      intermediateRegionCode: '014',
      isLeastDeveloped: false,
      isLandlockedDeveloping: false,
      isSmallIslandDeveloping: false,
      currencyCodes: ['KES'],
    });
  });

  it('carries the LDC, LLDC and SIDS flags', () => {
    expect(getCountry('ETH')).toMatchObject({ isLeastDeveloped: true, isLandlockedDeveloping: true });
    expect(getCountry('FJI')?.isSmallIslandDeveloping).toBe(true);
  });

  it('finds a country by its numeric code, padded or not', () => {
    expect(getCountryByNumeric('404')?.alpha3).toBe('KEN');
    expect(getCountryByNumeric('004')?.alpha3).toBe('AFG');
    expect(getCountryByNumeric(4)?.alpha3).toBe('AFG');
    expect(getCountryByNumeric('999')).toBeUndefined();
    const numerics = new Set(countries.map((country) => country.numeric));
    expect(numerics.size).toBe(countries.length);
  });

  it('pads numeric codes to three digits', () => {
    expect(getCountry('AFG')?.numeric).toBe('004');
    for (const country of countries) expect(country.numeric).toMatch(/^\d{3}$/);
  });

  it('splits rows naming several currencies', () => {
    expect(getCountry('BTN')?.currencyCodes).toEqual(['INR', 'BTN']);
    expect(getCountry('ATA')?.currencyCodes).toEqual([]);
  });

  it('rejects unknown or non-canonical codes', () => {
    for (const code of ['XXX', 'ken', 'KE', '404', '', ' KEN']) {
      expect(isCountryCode(code), code).toBe(false);
      expect(getCountry(code), code).toBeUndefined();
    }
    expect(isCountryCode('KEN')).toBe(true);
  });

  it('lists about 249 countries and territories, unique and sorted by alpha-3', () => {
    expect(countries.length).toBeGreaterThanOrEqual(245);
    expect(countries.length).toBeLessThanOrEqual(255);
    const codes = countries.map((country) => country.alpha3);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(new Set(countries.map((country) => country.alpha2)).size).toBe(countries.length);
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(countries)).toBe(true);
    expect(Object.isFrozen(getCountry('KEN')?.currencyCodes)).toBe(true);
  });
});
