import { describe, expect, it } from 'vitest';
import { sdgGoals, sdgIndicators, sdgTargets, uniqueIndicatorCount } from '../src/index.js';

describe('framework size', () => {
  it('has 17 goals, 169 targets and 248 indicator listings', () => {
    expect(sdgGoals).toHaveLength(17);
    expect(sdgTargets).toHaveLength(169);
    expect(sdgIndicators).toHaveLength(248);
  });

  it('counts each repeated indicator once', () => {
    // 12 indicators repeat under two or three targets (16 extra listings): 248 - 16 = 232.
    // The UN's 231 counts 247 listings; the source's extra 8.9.2 carries its deleted pre-2020 text.
    expect(uniqueIndicatorCount).toBe(232);
    expect(uniqueIndicatorCount).toBe(new Set(sdgIndicators.map((indicator) => indicator.title.en)).size);
  });

  it('groups repeated listings under the first code', () => {
    const repeatsOf151 = sdgIndicators.filter((indicator) => indicator.uniqueIndicatorId === '1.5.1');
    expect(repeatsOf151.map((indicator) => indicator.code)).toEqual(['1.5.1', '11.5.1', '13.1.1']);
    expect(sdgIndicators.find((indicator) => indicator.code === '12.2.1')?.uniqueIndicatorId).toBe('8.4.1');
  });

  it('leaves out the indicators deleted in the 2020 revision', () => {
    const codes = new Set(sdgIndicators.map((indicator) => indicator.code));
    for (const code of ['1.a.3', '11.c.1', '13.3.2', '17.6.2']) expect(codes.has(code)).toBe(false);
  });

  it('has unique codes', () => {
    for (const list of [sdgGoals, sdgTargets, sdgIndicators]) {
      expect(new Set(list.map((item) => item.code)).size).toBe(list.length);
    }
  });
});
