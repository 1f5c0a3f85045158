import { describe, expect, it } from 'vitest';
import { benchRandom } from '../src/bench-random.js';

describe('benchRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = benchRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(2026)).toEqual(draw(2026));
    expect(draw(2026)).not.toEqual(draw(2027));
  });

  it('keeps int within both bounds and shuffle a permutation', () => {
    const random = benchRandom(7);
    const ints = Array.from({ length: 1_000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const items = Array.from({ length: 20 }, (_, index) => index);
    const shuffled = random.shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});
