import { describe, expect, it } from 'vitest';
import { healthFilterOf, validateHealthOverviewSearch, validateHealthPartnershipsSearch } from './health-search';

describe('the health overview addresses', () => {
  it('keeps known codes only and drops the rest', () => {
    expect(validateHealthOverviewSearch({ groupBy: 'COUNTRY', country: 'ken,XXX,UGA', phase: 'DESIGN,LATER', demo: 'yes' })).toEqual({
      groupBy: 'COUNTRY',
      country: ['KEN', 'UGA'],
      phase: ['DESIGN'],
    });
    expect(validateHealthOverviewSearch({ groupBy: 'SECTOR' })).toEqual({});
  });

  it("reads a cell's list: factor, statuses, group and the overview's filter", () => {
    expect(validateHealthPartnershipsSearch({ factor: 'TRUST', statuses: 'WEAK,MISSING,BAD', groupBy: 'PHASE', group: 'DESIGN', demo: 'no' })).toEqual({
      factor: 'TRUST',
      statuses: ['WEAK', 'MISSING'],
      groupBy: 'PHASE',
      group: 'DESIGN',
      demo: 'no',
    });
    expect(validateHealthPartnershipsSearch({ factor: 'NOPE', group: 'not a code' })).toEqual({});
  });

  it('counts the demo records unless told not to', () => {
    expect(healthFilterOf({})).toEqual({ includeDemo: true });
    expect(healthFilterOf({ country: ['KEN'], phase: ['DESIGN'], demo: 'no' })).toEqual({ countries: ['KEN'], phases: ['DESIGN'], includeDemo: false });
  });
});
