/** Per-goal counts of a binary decision against the judgements. */
export interface GoalScore {
  goal: number;
  rows: number;
  accuracy: number;
  precision: number;
  recall: number;
}

export interface Judged {
  goal: number;
  label: boolean;
}

/**
 * As the public benchmark scores: per SDG, over that SDG's rows only, accuracy, precision and
 * recall of "is this text about the SDG"; the headline is the mean of the 17 accuracies.
 */
export function scorePerGoal(
  rows: readonly Judged[],
  predicted: readonly boolean[],
): { perGoal: GoalScore[]; meanAccuracy: number; meanPrecision: number; meanRecall: number } {
  const perGoal: GoalScore[] = [];
  for (let goal = 1; goal <= 17; goal++) {
    let tp = 0,
      fp = 0,
      tn = 0,
      fn = 0;
    rows.forEach((row, i) => {
      if (row.goal !== goal) return;
      const p = predicted[i]!;
      if (p && row.label) tp++;
      else if (p) fp++;
      else if (row.label) fn++;
      else tn++;
    });
    const n = tp + fp + tn + fn;
    perGoal.push({ goal, rows: n, accuracy: n ? (tp + tn) / n : 0, precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0 });
  }
  const mean = (key: 'accuracy' | 'precision' | 'recall') => perGoal.reduce((sum, g) => sum + g[key], 0) / perGoal.length;
  return { perGoal, meanAccuracy: mean('accuracy'), meanPrecision: mean('precision'), meanRecall: mean('recall') };
}

/** Stratified k folds (by goal and label), shuffled with a fixed seed: fold number per row. */
export function stratifiedFolds(rows: readonly Judged[], k: number, seed: number): number[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const fold = new Array<number>(rows.length).fill(0);
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = `${row.goal}:${row.label}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  let offset = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    // Continue the round-robin across groups so fold sizes stay even.
    members.forEach((row, position) => {
      fold[row] = (position + offset) % k;
    });
    offset += members.length;
  }
  return fold;
}
