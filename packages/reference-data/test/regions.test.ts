import { describe, expect, it } from 'vitest';
import { countries, countriesInRegion, getRegion, isRegionCode, regions, regionsOfCountry } from '../src/index.js';

const codesOf = (list: readonly { alpha3: string }[]) => list.map((country) => country.alpha3);

describe('regions', () => {
  it('has World and Kenya’s regions with their names and levels', () => {
    expect(getRegion('001')).toEqual({ code: '001', name: 'World', level: 'WORLD' });
    expect(getRegion('002')).toEqual({ code: '002', name: 'Africa', level: 'REGION', parentCode: '001' });
    expect(getRegion('202')).toMatchObject({ name: 'Sub-Saharan Africa', level: 'SUB_REGION', parentCode: '002' });
    expect(getRegion('014')).toMatchObject({ name: 'Eastern Africa', level: 'INTERMEDIATE_REGION', parentCode: '202' });
  });

  it('accepts exactly three-digit M49 codes', () => {
    for (const code of ['2', '02', '0002', '1', '999', 'AFR', '']) expect(isRegionCode(code), code).toBe(false);
    expect(isRegionCode('002')).toBe(true);
  });

  it('forms a consistent hierarchy under World', () => {
    const parentLevel = { WORLD: undefined, REGION: 'WORLD', SUB_REGION: 'REGION', INTERMEDIATE_REGION: 'SUB_REGION' };
    for (const region of regions) {
      expect(region.code).toMatch(/^\d{3}$/);
      const parent = region.parentCode === undefined ? undefined : getRegion(region.parentCode);
      expect(parent?.level, region.code).toBe(parentLevel[region.level]);
    }
    expect(regions.map((region) => region.code)).toEqual([...regions.map((region) => region.code)].sort());
  });

  it('places every country in regions that exist and nest', () => {
    for (const country of countries) {
      const own = [country.regionCode, country.subRegionCode, country.intermediateRegionCode];
      for (const code of own) if (code !== undefined) expect(isRegionCode(code), country.alpha3).toBe(true);
      if (country.subRegionCode) expect(getRegion(country.subRegionCode)?.parentCode).toBe(country.regionCode);
      if (country.intermediateRegionCode) {
        expect(getRegion(country.intermediateRegionCode)?.parentCode).toBe(country.subRegionCode);
      }
    }
  });

  it('finds the countries of a region at every depth', () => {
    const africa = codesOf(countriesInRegion('002'));
    expect(africa).toContain('KEN');
    expect(africa).not.toContain('FRA');
    expect(codesOf(countriesInRegion('014'))).toContain('KEN');
    expect(codesOf(countriesInRegion('150'))).toContain('FRA');
    expect(countriesInRegion('001')).toHaveLength(countries.length);
    expect(countriesInRegion('2')).toEqual([]);
  });

  it('lists the regions of a country, broadest first', () => {
    expect(regionsOfCountry('KEN').map((region) => region.code)).toEqual(['001', '002', '202', '014']);
    expect(regionsOfCountry('FRA').map((region) => region.code)).toEqual(['001', '150', '155']);
    expect(regionsOfCountry('XXX')).toEqual([]);
  });
});
