import { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { describe, expect, it } from 'vitest';
import { evaluateHealth, HEALTH_RULES, NEXT_STEP_TEXTS, type FactorHealth } from '../src/index.js';
import { FACTOR_CASES, type FactorCase } from './cases/index.js';

function judged(testCase: FactorCase): FactorHealth {
  return evaluateHealth(testCase.signals).factors.find((f) => f.factor === testCase.factor)!;
}

describe.each(Object.values(SuccessFactor))('%s', (factor) => {
  const cases = FACTOR_CASES.filter((c) => c.factor === factor);
  const rule = HEALTH_RULES.find((r) => r.factor === factor)!;

  it.each(cases.map((c) => [`${c.status}: ${c.name}`, c] as const))('%s', (_, testCase) => {
    const health = judged(testCase);
    expect(health.status).toBe(testCase.status);
    expect(health.nextStep?.code ?? null).toBe(testCase.nextStep);
    if (testCase.nextStep) expect(health.nextStep?.text).toBe(NEXT_STEP_TEXTS[testCase.nextStep]);
    expect(health.source).toBe(testCase.source ?? rule.source);
    for (const [field, value] of Object.entries(testCase.evidence ?? {})) {
      expect(health.evidence, `evidence ${field}`).toContainEqual(expect.objectContaining({ field, value }));
    }
    for (const shown of health.evidence) expect(shown.text.length).toBeGreaterThan(0);
    expect(health.summary).toMatch(/\.$/);
    if (testCase.summary) expect(health.summary).toMatch(testCase.summary);
  });

  it('has a case for every status the rule can give, and gives no other', () => {
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(rule.statuses));
  });
});

describe('next steps', () => {
  it('every code a rule recommends has a text, and every text is recommended by some case', () => {
    const recommended = new Set(FACTOR_CASES.flatMap((c) => (c.nextStep ? [c.nextStep] : [])));
    expect([...recommended].sort()).toEqual(Object.keys(NEXT_STEP_TEXTS).sort());
    for (const text of Object.values(NEXT_STEP_TEXTS)) expect(text).toMatch(/^[A-Z].*\.$/);
  });

  it('STRONG never comes with a next step', () => {
    for (const testCase of FACTOR_CASES.filter((c) => c.status === 'STRONG')) expect(judged(testCase).nextStep).toBeNull();
  });
});
