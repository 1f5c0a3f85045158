import { describe, expect, it } from 'vitest';
import { scorePerGoal, stratifiedFolds } from '../bench/evaluate.js';

describe('the benchmark scoring', () => {
  it('computes accuracy, precision and recall per SDG over its own rows, and the mean of the 17', () => {
    const rows = [
      { goal: 6, label: true },
      { goal: 6, label: true },
      { goal: 6, label: false },
      { goal: 6, label: false },
      { goal: 14, label: true },
    ];
    const { perGoal, meanAccuracy } = scorePerGoal(rows, [true, false, true, false, true]);
    expect(perGoal[5]).toEqual({ goal: 6, rows: 4, accuracy: 0.5, precision: 0.5, recall: 0.5 });
    expect(perGoal[13]).toEqual({ goal: 14, rows: 1, accuracy: 1, precision: 1, recall: 1 });
    expect(perGoal[0]).toMatchObject({ rows: 0, accuracy: 0 });
    expect(meanAccuracy).toBeCloseTo(1.5 / 17);
  });

  it('folds rows stratified by SDG and label, evenly, the same for the same seed', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ goal: (i % 5) + 1, label: i % 2 === 0 }));
    const folds = stratifiedFolds(rows, 5, 7);
    expect(stratifiedFolds(rows, 5, 7)).toEqual(folds);
    for (let f = 0; f < 5; f++) {
      const members = rows.filter((_, i) => folds[i] === f);
      expect(members).toHaveLength(20);
      expect(members.filter((r) => r.goal === 1 && r.label)).toHaveLength(2);
    }
  });
});
