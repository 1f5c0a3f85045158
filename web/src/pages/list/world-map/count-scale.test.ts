import { describe, expect, it } from 'vitest';
import { colourForCount, COUNT_COLOURS, countSteps, NO_COUNT_COLOUR } from './count-scale';

describe('countSteps', () => {
  it('splits 1..max into five steps that cover every count once', () => {
    const steps = countSteps(12);
    expect(steps.map(({ low, high }) => [low, high])).toEqual([
      [1, 2],
      [3, 4],
      [5, 7],
      [8, 9],
      [10, 12],
    ]);
    expect(steps.map((step) => step.colour)).toEqual([...COUNT_COLOURS]);
  });

  it('uses one step per count, the darkest colours, when counts are small', () => {
    const steps = countSteps(2);
    expect(steps.map(({ low, high }) => [low, high])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(steps.map((step) => step.colour)).toEqual(COUNT_COLOURS.slice(3));
  });

  it('has no steps when nothing is counted', () => {
    expect(countSteps(0)).toEqual([]);
  });
});

describe('colourForCount', () => {
  const steps = countSteps(10);
  it('colours a count by its step, and no count apart', () => {
    expect(colourForCount(1, steps)).toBe(COUNT_COLOURS[0]);
    expect(colourForCount(10, steps)).toBe(COUNT_COLOURS[4]);
    expect(colourForCount(0, steps)).toBe(NO_COUNT_COLOUR);
  });

  it('gives every count from 1 to the largest a step', () => {
    for (const max of [1, 3, 5, 7, 23, 100]) {
      const scale = countSteps(max);
      for (let count = 1; count <= max; count += 1) expect(scale.some((step) => step.low <= count && count <= step.high)).toBe(true);
      expect(scale.every((step, index) => index === 0 || step.low === scale[index - 1]!.high + 1)).toBe(true);
    }
  });
});
