import { describe, expect, it } from 'vitest';
import { getCountry, isCurrencyCode, isRegionCode, isSectorCode, regionsOfCountry } from '@msp-atlas/reference-data';
import { getSdgIndicator, isSdgTargetCode } from '@msp-atlas/sdg-framework';
import { programCountries } from '../src/demo-countries.js';
import { currencyOfCountry } from '../src/demo-currencies.js';
import { buildOrganizationPool } from '../src/demo-organization-pool.js';
import { demoRegions } from '../src/demo-regions.js';
import { demoThemes } from '../src/demo-themes.js';
import { internationalOrganizations } from '../src/international-organizations.js';

describe('the demo data vocabularies', () => {
  it('use SDG targets and indicators that exist, each indicator under a target of its theme', () => {
    for (const theme of demoThemes) {
      for (const target of theme.sdgTargets) expect(isSdgTargetCode(target), `${theme.key} ${target}`).toBe(true);
      for (const indicator of theme.indicators.filter((candidate) => candidate.sdgIndicatorCode)) {
        const official = getSdgIndicator(indicator.sdgIndicatorCode!);
        expect(official, `${theme.key} ${indicator.sdgIndicatorCode}`).toBeDefined();
        expect(theme.sdgTargets).toContain(official!.targetCode);
      }
    }
  });

  it('use DAC sector codes that exist', () => {
    for (const theme of demoThemes) {
      for (const sector of theme.sectors) expect(isSectorCode(sector), `${theme.key} ${sector}`).toBe(true);
    }
  });

  it('use countries, regions and currencies that exist', () => {
    for (const { code } of programCountries) {
      expect(getCountry(code), code).toBeDefined();
      expect(isCurrencyCode(currencyOfCountry(code))).toBe(true);
    }
    for (const organization of internationalOrganizations) {
      expect(getCountry(organization.country!), organization.name).toBeDefined();
      expect(isCurrencyCode(currencyOfCountry(organization.country))).toBe(true);
      if (organization.servesRegion) expect(isRegionCode(organization.servesRegion)).toBe(true);
    }
    for (const region of demoRegions) {
      expect(isRegionCode(region.m49), region.m49).toBe(true);
      for (const country of region.countries) {
        expect(
          regionsOfCountry(country).map((candidate) => candidate.code),
          `${country} in ${region.m49}`,
        ).toContain(region.m49);
      }
    }
  });

  it('price money in the local currency where the country has one of its own', () => {
    expect(currencyOfCountry('KEN')).toBe('KES');
    expect(currencyOfCountry('SEN')).toBe('XOF');
    expect(currencyOfCountry('DEU')).toBe('EUR');
    expect(currencyOfCountry('ECU')).toBe('USD');
  });

  it('tag organisations and regional names only with themes that exist', () => {
    const themeKeys = new Set(demoThemes.map((theme) => theme.key));
    for (const organization of buildOrganizationPool(1).organizations) {
      for (const theme of organization.themes ?? []) expect(themeKeys, organization.name).toContain(theme);
    }
    for (const region of demoRegions) {
      for (const label of region.labels) {
        for (const theme of label.themes ?? []) expect(themeKeys, label.label).toContain(theme);
      }
    }
  });
});
