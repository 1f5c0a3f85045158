import { describe, expect, it } from 'vitest';
import { areaTrend } from './trend-series';

describe('the trend of the self-assessments', () => {
  it('averages each area per assessment, oldest first, and leaves out areas never scored', () => {
    const trend = areaTrend([
      {
        assessedOn: '2026-06-01',
        submittedAt: '2026-06-01T10:00:00Z',
        scores: [
          { factor: 'TRUST', score: 4 },
          { factor: 'RIGHT_STAKEHOLDERS', score: 5 },
        ],
      },
      {
        assessedOn: '2026-01-15',
        submittedAt: '2026-01-15T09:00:00Z',
        scores: [
          { factor: 'TRUST', score: 2 },
          { factor: 'SCALING_HANDOVER', score: 1 },
        ],
      },
    ]);
    expect(trend.dates).toEqual(['2026-01-15', '2026-06-01']);
    expect(trend.series).toEqual([
      { area: 'COOPERATION', values: [2, 4.5] },
      { area: 'CONTINUITY', values: [1, null] },
    ]);
  });

  it('keeps two assessments of one day in the order they were sent', () => {
    const trend = areaTrend([
      { assessedOn: '2026-03-01', submittedAt: '2026-03-01T12:00:00Z', scores: [{ factor: 'LEARNING', score: 3 }] },
      { assessedOn: '2026-03-01', submittedAt: '2026-03-01T08:00:00Z', scores: [{ factor: 'LEARNING', score: 1 }] },
    ]);
    expect(trend.series).toEqual([{ area: 'MONITORING_LEARNING', values: [1, 3] }]);
  });
});
