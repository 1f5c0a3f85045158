/** The map's user-visible text, in one place for the message catalogues. */
export const WORLD_MAP_MESSAGES = {
  heading: 'Where partnerships work',
  intro: 'Choose a country to list its partnerships; choose it again to show all countries.',
  mapLabel: 'World map of partnerships per country',
  loading: 'Loading the map…',
  failed: 'The map could not be loaded.',
  tryAgain: 'Try again',
  chunkFailed: 'Reload the page to try again; the list works without it.',
  legendLabel: 'Partnerships per country',
  tableCaption: 'Partnerships per country (the figures the map shows)',
  countryColumn: 'Country',
  countColumn: 'Partnerships',
  noCountries: 'No matching partnership names a country.',
  countryCount: (country: string, count: number) => `${country}: ${count} ${count === 1 ? 'partnership' : 'partnerships'}`,
  selected: (country: string) => `Showing partnerships in ${country}.`,
  showAllCountries: 'Show all countries',
  offMap: (countries: string) => `Too small to show at this scale: ${countries}.`,
} as const;
