import { describe, expect, it } from 'vitest';
import { ageingOutOn, isWithinMonths } from '../src/dates.js';

describe('month windows', () => {
  it('count a date as recent until the same day months later', () => {
    expect(isWithinMonths('2025-06-15', '2026-06-14', 12)).toBe(true);
    expect(isWithinMonths('2025-06-15', '2026-06-15', 12)).toBe(false);
    expect(ageingOutOn('2025-06-15', 12)).toBe('2026-06-15');
  });

  it('handle month ends and leap days the way the registry does', () => {
    expect(isWithinMonths('2024-02-29', '2025-02-28', 12)).toBe(true);
    expect(isWithinMonths('2024-02-29', '2025-03-01', 12)).toBe(false);
    expect(ageingOutOn('2024-02-29', 12)).toBe('2025-03-01');
    for (const date of ['2023-01-31', '2024-02-29', '2025-08-31', '2025-12-31']) {
      for (const months of [12, 24, 36]) {
        const day = ageingOutOn(date, months);
        expect(isWithinMonths(date, day, months)).toBe(false);
        const before = new Date(`${day}T00:00:00Z`);
        before.setUTCDate(before.getUTCDate() - 1);
        expect(isWithinMonths(date, before.toISOString().slice(0, 10), months)).toBe(true);
      }
    }
  });
});
