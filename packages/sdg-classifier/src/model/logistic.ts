/** One training example: features, the goal it is about (0-based) and the judgement. */
export interface LogisticExample {
  features: number[];
  goal: number;
  label: boolean;
}

export interface LogisticFit {
  weights: number[];
  intercepts: number[];
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression with weights shared by all goals and an intercept per goal, L2-penalised
 * (intercepts pulled towards their mean), by full-batch gradient descent on standardised
 * features; deterministic.
 */
export function fitLogistic(examples: readonly LogisticExample[], goalCount: number, options: { l2?: number; iterations?: number } = {}): LogisticFit {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 600;
  const dims = examples[0]?.features.length ?? 0;
  const mean = new Array<number>(dims).fill(0);
  const scale = new Array<number>(dims).fill(0);
  for (const e of examples)
    e.features.forEach((v, j) => {
      mean[j]! += v / examples.length;
    });
  for (const e of examples)
    e.features.forEach((v, j) => {
      scale[j]! += (v - mean[j]!) ** 2 / examples.length;
    });
  for (let j = 0; j < dims; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const xs = examples.map((e) => e.features.map((v, j) => (v - mean[j]!) / scale[j]!));

  const w = new Array<number>(dims).fill(0);
  let shared = 0;
  const b = new Array<number>(goalCount).fill(0);
  const rate = 0.5;
  for (let step = 0; step < iterations; step++) {
    const gw = new Array<number>(dims).fill(0);
    const gb = new Array<number>(goalCount).fill(0);
    const count = new Array<number>(goalCount).fill(0);
    let gs = 0;
    examples.forEach((e, i) => {
      const x = xs[i]!;
      let z = shared + b[e.goal]!;
      for (let j = 0; j < dims; j++) z += w[j]! * x[j]!;
      const error = sigmoid(z) - (e.label ? 1 : 0);
      for (let j = 0; j < dims; j++) gw[j]! += error * x[j]!;
      gb[e.goal]! += error;
      count[e.goal]! += 1;
      gs += error;
    });
    const n = examples.length || 1;
    for (let j = 0; j < dims; j++) w[j]! -= rate * (gw[j]! / n + l2 * w[j]!);
    shared -= rate * (gs / n);
    // Per-goal offsets see only their goal's rows; a stronger pull keeps small goals near the shared intercept.
    for (let k = 0; k < goalCount; k++) b[k]! -= rate * (gb[k]! / Math.max(count[k]!, 1) + 0.2 * b[k]!) * 0.5;
  }
  // Back to raw feature units.
  const weights = w.map((value, j) => value / scale[j]!);
  const offset = w.reduce((sum, value, j) => sum - (value * mean[j]!) / scale[j]!, shared);
  return { weights, intercepts: b.map((value) => value + offset) };
}

export function logit(fit: LogisticFit, features: readonly number[], goal: number): number {
  let z = fit.intercepts[goal]!;
  for (let j = 0; j < features.length; j++) z += fit.weights[j]! * features[j]!;
  return z;
}
