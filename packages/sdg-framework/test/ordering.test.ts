import { describe, expect, it } from 'vitest';
import { compareSdgCodes, sdgGoals, sdgIndicators, sdgTargets } from '../src/index.js';

function isSorted(codes: readonly string[]): boolean {
  return codes.every((code, i) => i === 0 || compareSdgCodes(codes[i - 1] ?? '', code) < 0);
}

describe('SDG order', () => {
  it('compares codes naturally', () => {
    const shuffled = ['6.b', '10', '6.10', '6.a', '2', '6.1.1', '6.2', '6', '1', '6.1'];
    expect([...shuffled].sort(compareSdgCodes)).toEqual(['1', '2', '6', '6.1', '6.1.1', '6.2', '6.10', '6.a', '6.b', '10']);
    expect(compareSdgCodes('6.1', '6.1')).toBe(0);
  });

  it('lists goals, targets and indicators in SDG order', () => {
    expect(sdgGoals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(isSorted(sdgTargets.map((target) => target.code))).toBe(true);
    expect(isSorted(sdgIndicators.map((indicator) => indicator.code))).toBe(true);
    expect(sdgTargets.slice(0, 9).map((target) => target.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b', '2.1', '2.2']);
  });
});
