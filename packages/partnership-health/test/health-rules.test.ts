import { SUCCESS_FACTOR_AREAS, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { describe, expect, it } from 'vitest';
import { HEALTH_RULES, PHASE_ORDER } from '../src/index.js';
import { FACTOR_CASES } from './cases/index.js';
import { recordingReads } from './recording-reads.js';

describe('the rule table', () => {
  it('has one rule per success factor, in the framework order, each in its area', () => {
    expect(HEALTH_RULES.map((r) => r.factor)).toEqual(Object.values(SuccessFactor));
    for (const rule of HEALTH_RULES) expect(rule.area, rule.factor).toBe(SUCCESS_FACTOR_AREAS[rule.factor]);
  });

  it('can say NOT_YET_EXPECTED exactly for rules expected after the first phase', () => {
    for (const rule of HEALTH_RULES) {
      expect(PHASE_ORDER).toContain(rule.expectedFrom);
      expect(rule.statuses.includes('NOT_YET_EXPECTED'), rule.factor).toBe(rule.expectedFrom !== 'INITIATION');
    }
  });

  it.each(HEALTH_RULES.map((rule) => [rule.factor, rule] as const))('%s reads exactly what it lists', (factor, rule) => {
    const accessed = new Set<string>();
    for (const testCase of FACTOR_CASES.filter((c) => c.factor === factor)) {
      const { signals, paths } = recordingReads(testCase.signals);
      rule.evaluate(signals);
      for (const path of paths) accessed.add(path);
    }
    const listed = (path: string) => rule.reads.some((read) => read === path || read.startsWith(`${path}.`) || path.startsWith(`${read}.`));
    expect(
      [...accessed].filter((path) => !listed(path)),
      'read but not listed',
    ).toEqual([]);
    const used = (read: string) => [...accessed].some((path) => path === read || path.startsWith(`${read}.`));
    expect(
      rule.reads.filter((read) => !used(read)),
      'listed but never read',
    ).toEqual([]);
  });
});
