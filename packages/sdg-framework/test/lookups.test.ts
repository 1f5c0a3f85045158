import { describe, expect, it } from 'vitest';
import {
  getSdgGoal,
  getSdgIndicator,
  getSdgTarget,
  goalCodeOf,
  indicatorsOfTarget,
  isSdgGoalCode,
  isSdgIndicatorCode,
  isSdgTargetCode,
  sdgCodeKind,
  targetsOfGoal,
} from '../src/index.js';

const INVALID = ['', '0', '18', '6.9', '6.A', '6.c', '1.a.3', '6.1.9', '06', '6.01', ' 6', '6.', 'x'];

describe('lookups', () => {
  it('finds goals, targets and indicators by code', () => {
    expect(getSdgGoal('6')?.code).toBe('6');
    expect(getSdgTarget('6.a')?.goalCode).toBe('6');
    expect(getSdgIndicator('6.a.1')).toMatchObject({ targetCode: '6.a', goalCode: '6' });
    expect(getSdgGoal('6.1')).toBeUndefined();
    expect(getSdgTarget('6')).toBeUndefined();
  });

  it('lists the targets of a goal and the indicators of a target in order', () => {
    expect(targetsOfGoal('6').map((target) => target.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
    expect(indicatorsOfTarget('1.5').map((indicator) => indicator.code)).toEqual(['1.5.1', '1.5.2', '1.5.3', '1.5.4']);
    expect(targetsOfGoal('18')).toEqual([]);
    expect(indicatorsOfTarget('6.9')).toEqual([]);
  });

  it('tells the kind of a code', () => {
    expect(sdgCodeKind('6')).toBe('GOAL');
    expect(sdgCodeKind('6.1')).toBe('TARGET');
    expect(sdgCodeKind('6.a')).toBe('TARGET');
    expect(sdgCodeKind('6.1.1')).toBe('INDICATOR');
    expect(isSdgGoalCode('17')).toBe(true);
    expect(isSdgTargetCode('17.19')).toBe(true);
    expect(isSdgIndicatorCode('17.19.2')).toBe(true);
    expect(isSdgTargetCode('6')).toBe(false);
    expect(isSdgIndicatorCode('6.1')).toBe(false);
  });

  it('rejects codes the framework does not have', () => {
    for (const code of INVALID) {
      expect(sdgCodeKind(code), code).toBeUndefined();
      expect(isSdgGoalCode(code) || isSdgTargetCode(code) || isSdgIndicatorCode(code), code).toBe(false);
      expect(goalCodeOf(code), code).toBeUndefined();
    }
  });

  it('finds the goal of any known code', () => {
    expect(goalCodeOf('6')).toBe('6');
    expect(goalCodeOf('6.1')).toBe('6');
    expect(goalCodeOf('6.b')).toBe('6');
    expect(goalCodeOf('6.1.1')).toBe('6');
    expect(goalCodeOf('11.5.1')).toBe('11');
  });
});
