import { describe, expect, it } from 'vitest';
import { describeLatencies, percentile } from '../src/latency.js';

describe('percentile', () => {
  it('takes the nearest rank, so p50 of an even count is the lower middle sample', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });

  it('describes unsorted samples by their sorted order', () => {
    expect(describeLatencies([30, 10, 20])).toBe('p50 20.0 ms, p95 30.0 ms, p99 30.0 ms, max 30.0 ms (n=3)');
  });
});
