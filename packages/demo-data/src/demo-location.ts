import { Scope } from '@msp-atlas/msp-vocabulary';
import { programCountries, programCountry, type DemoCountry } from './demo-countries.js';
import { demoRegions } from './demo-regions.js';
import type { DemoTheme } from './demo-theme.js';
import type { SeededRandom } from './seeded-random.js';
import { joinAsList } from './demo-texts.js';

/** Where a partnership works, and how to name the place. */
export interface DemoLocation {
  scope: Scope;
  countries: string[];
  regions: string[];
  /** Prefix for the partnership's name: 'Kisumu', 'Andean', 'Global'. */
  label: string;
  /** The place in a sentence: 'Kisumu', 'Peru and Bolivia', 'its partner countries'. */
  where: string;
  commodity: string;
}

const scopeWeights = [
  [Scope.LOCAL, 30],
  [Scope.NATIONAL, 40],
  [Scope.REGIONAL, 20],
  [Scope.GLOBAL, 10],
] as const;

export function planLocation(random: SeededRandom, theme: DemoTheme): DemoLocation {
  const scope = random.pickWeighted(scopeWeights);
  if (scope === Scope.REGIONAL) return regionalLocation(random, theme);
  if (scope === Scope.GLOBAL) return globalLocation(random);
  const country = random.pick(programCountries);
  const commodity = random.pick(country.commodities);
  if (scope === Scope.NATIONAL) {
    return { scope, countries: [country.code], regions: [], label: country.name, where: country.name, commodity };
  }
  const place = random.pick(theme.namedAfterWater ? country.waterPlaces : country.places);
  return { scope, countries: [country.code], regions: [], label: place, where: place, commodity };
}

function regionalLocation(random: SeededRandom, theme: DemoTheme): DemoLocation {
  const region = random.pick(demoRegions);
  const labels = region.labels.filter((label) => !label.themes || label.themes.includes(theme.key));
  const countries = random.sample(region.countries, random.int(2, Math.min(4, region.countries.length))).map(programCountry);
  return {
    scope: Scope.REGIONAL,
    countries: countries.map((country) => country.code),
    regions: [region.m49],
    label: random.pick(labels).label,
    where: joinAsList(countries.map((country) => country.name)),
    commodity: commodityOf(random, countries),
  };
}

function globalLocation(random: SeededRandom): DemoLocation {
  const regions = random.sample(demoRegions, random.int(3, 5));
  const countries = regions.map((region) => programCountry(random.pick(region.countries)));
  return {
    scope: Scope.GLOBAL,
    countries: countries.map((country) => country.code),
    regions: random.chance(0.5) ? ['001'] : [],
    label: random.pick(['Global', 'International']),
    where: joinAsList(countries.map((country) => country.name)),
    commodity: commodityOf(random, countries),
  };
}

function commodityOf(random: SeededRandom, countries: readonly DemoCountry[]): string {
  return random.pick(countries.flatMap((country) => country.commodities));
}
