import { describe, expect, it } from 'vitest';
import { barShare, contributionMeasures } from './contribution-measures';

type Kind = 'FINANCIAL' | 'IN_KIND' | 'STAFF_TIME';
let sequence = 0;
const contribution = (kind: Kind, figures: { amount?: number; currency?: string; personDays?: number } = {}) => ({
  id: `c${++sequence}`,
  kind,
  amount: figures.amount ?? null,
  currency: figures.currency ?? null,
  personDays: figures.personDays ?? null,
});
const stakeholder = (name: string, contributions: ReturnType<typeof contribution>[]) => ({
  id: `s-${name}`,
  organization: { id: `o-${name}`, name },
  contributions,
});

describe('contributionMeasures', () => {
  const measures = contributionMeasures([
    stakeholder('Ministry', [contribution('FINANCIAL', { amount: 600000, currency: 'USD' }), contribution('FINANCIAL', { amount: 50000, currency: 'EUR' })]),
    stakeholder('Foundation', [contribution('FINANCIAL', { amount: 200000, currency: 'USD' }), contribution('FINANCIAL', { amount: 100000, currency: 'USD' })]),
    stakeholder('University', [contribution('STAFF_TIME', { personDays: 120 }), contribution('IN_KIND')]),
    stakeholder('Utility', [contribution('IN_KIND', { amount: 5000, currency: 'USD', personDays: 10 })]),
  ]);

  it('keeps kinds and units apart: one measure per currency, person-days and contributions without a figure', () => {
    expect(measures.map((measure) => measure.key)).toEqual([
      'FINANCIAL:EUR',
      'FINANCIAL:USD',
      'IN_KIND:count',
      'IN_KIND:person-days',
      'IN_KIND:USD',
      'STAFF_TIME:person-days',
    ]);
  });

  it('adds up each organisation within a measure, largest first', () => {
    const usd = measures.find((measure) => measure.key === 'FINANCIAL:USD')!;
    expect(usd.total).toBe(900000);
    expect(usd.bars.map((bar) => [bar.organizationName, bar.value])).toEqual([
      ['Ministry', 600000],
      ['Foundation', 300000],
    ]);
    expect(barShare(300000, usd)).toBe(0.5);
    expect(measures.find((measure) => measure.key === 'IN_KIND:count')!.bars).toEqual([
      { organizationId: 'o-University', organizationName: 'University', value: 1 },
    ]);
  });

  it('has nothing to chart without contributions', () => {
    expect(contributionMeasures([stakeholder('Alone', [])])).toEqual([]);
  });
});
