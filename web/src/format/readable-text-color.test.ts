import { sdgGoals } from '@msp-atlas/sdg-framework';
import { describe, expect, it } from 'vitest';
import { readableTextColor } from './readable-text-color';

describe('readableTextColor', () => {
  it('puts dark text on light goal colours and white text on dark ones', () => {
    expect(readableTextColor('#FCC30B')).toBe('#14181f'); // SDG 7 yellow
    expect(readableTextColor('#19486A')).toBe('#ffffff'); // SDG 17 navy
  });

  it('gives every goal colour a text colour', () => {
    for (const goal of sdgGoals) expect(readableTextColor(goal.color)).toMatch(/^#/);
  });
});
