export type { Country, Currency, OfficialNames, Region, RegionLevel } from './types.js';
export { countries, currencies, regions } from './reference-tables.js';
export { getCountry, getCountryByNumeric, isCountryCode } from './countries.js';
export { countriesInRegion, getRegion, isRegionCode, regionsOfCountry } from './regions.js';
export { getCurrency, isCurrencyCode } from './currencies.js';
export { sectorCategories, getSectorCategory, isSectorCode, type SectorCategory } from './sector-categories.js';
