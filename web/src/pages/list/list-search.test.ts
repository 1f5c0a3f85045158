import { describe, expect, it } from 'vitest';
import { parseSearchString, toSearchString } from '../../router/search-string';
import { NO_FILTERS } from './list-filters';
import { filtersFromSearch, searchFromFilters, validateListSearch } from './list-search';
import { toPartnershipFilter } from './to-partnership-filter';

const filtersOf = (query: string) => filtersFromSearch(validateListSearch(parseSearchString(query)));
const queryOf = (filters: typeof NO_FILTERS) => toSearchString({ ...searchFromFilters(filters) });

describe('list filters in the query string', () => {
  it('round-trips every filter', () => {
    const filters = {
      search: 'clean water',
      country: 'KEN',
      phase: 'DESIGN' as const,
      status: 'ACTIVE' as const,
      stakeholderType: 'ACADEMIA' as const,
      goals: ['6', '13'],
      records: 'real' as const,
    };
    const query = queryOf(filters);
    expect(query).toBe('?q=clean+water&country=KEN&phase=DESIGN&status=ACTIVE&type=ACADEMIA&goals=6,13&records=real');
    expect(filtersOf(query)).toEqual(filters);
  });

  it('leaves no query string for no filters', () => {
    expect(queryOf(NO_FILTERS)).toBe('');
    expect(filtersOf('')).toEqual(NO_FILTERS);
  });

  it('drops unknown codes and sorts goals in SDG order', () => {
    expect(filtersOf('?country=XYZ&phase=LAUNCH&goals=13,18,6,6&records=maybe&type=ALIENS')).toEqual({ ...NO_FILTERS, goals: ['6', '13'] });
    expect(filtersOf('?country=ken').country).toBe('KEN');
  });

  it('sends only the criteria that are set', () => {
    expect(toPartnershipFilter(NO_FILTERS)).toEqual({});
    expect(toPartnershipFilter({ ...NO_FILTERS, country: 'PER', goals: ['2'], records: 'demo' })).toEqual({
      countries: ['PER'],
      sdgGoals: ['2'],
      isDemo: true,
    });
  });
});
