import countriesJson from './data/countries.json' with { type: 'json' };
import currenciesJson from './data/currencies.json' with { type: 'json' };
import regionsJson from './data/regions.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.js';
import type { Country, Currency, Region } from './types.js';

/** Every country and territory with an ISO 3166-1 code, sorted by alpha-3 code. */
export const countries: readonly Country[] = deepFreeze(countriesJson);

/** World, the M49 regions, sub-regions and intermediate regions, sorted by code. */
export const regions: readonly Region[] = deepFreeze(regionsJson as Region[]);

/** Every ISO 4217 currency some country uses, once each, sorted by code. */
export const currencies: readonly Currency[] = deepFreeze(currenciesJson);
