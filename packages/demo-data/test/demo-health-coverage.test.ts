import { describe, expect, it } from 'vitest';
import { evaluateHealth, HEALTH_RULES, type HealthStatus } from '@msp-atlas/partnership-health';
import { buildDemoPartnerships } from '../src/build-demo-partnerships.js';
import { buildOrganizationPool } from '../src/demo-organization-pool.js';
import { demoHealthSignals } from './demo-registry-signals.js';

// The partnerships service seeds 240 partnerships with seed 2030 on the day it first starts.
const SEED = 2030;
const COUNT = 240;
const pool = buildOrganizationPool(SEED);

/** Factors whose status the registry's data (and the members' self-assessments) decide, not another service. */
const registryRules = HEALTH_RULES.filter((rule) => rule.source === 'REGISTRY');

describe.each(['2026-12-02', '2027-08-31', '2028-02-29'])('the demo data seeded on %s', (today) => {
  const partnerships = buildDemoPartnerships(COUNT, { seed: SEED, today, chooseOrganization: pool.choose, healthVariants: true });
  const evaluations = partnerships.map((partnership) => evaluateHealth(demoHealthSignals(partnership, today)));

  it.each(registryRules.map((rule) => [rule.factor, rule] as const))('shows every status of %s somewhere', (factor, rule) => {
    const shown = new Set<HealthStatus>(evaluations.map((evaluation) => evaluation.factors.find((f) => f.factor === factor)!.status));
    expect([...shown].sort()).toEqual([...rule.statuses].sort());
  });

  it('has a partnership declaring no SDG target, for the SDG service to find AGENDA_2030 missing', () => {
    const undeclared = evaluations.filter((_evaluation, index) => (partnerships[index]!.details.sdgTargets ?? []).length === 0);
    expect(undeclared.length).toBeGreaterThan(0);
    for (const evaluation of undeclared) expect(evaluation.factors.find((f) => f.factor === 'AGENDA_2030')?.nextStep?.code).toBe('DECLARE_SDG_TARGETS');
  });

  it('shows gaps between self-assessments and data in both directions', () => {
    const kinds = new Set(evaluations.flatMap((evaluation) => evaluation.gaps.map((gap) => gap.kind)));
    expect(kinds).toEqual(new Set(['SELF_HIGHER', 'DATA_HIGHER']));
  });
});
