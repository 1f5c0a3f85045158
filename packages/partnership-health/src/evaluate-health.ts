import type { Phase } from '@msp-atlas/msp-vocabulary';
import { gapOf } from './health-gap.js';
import type { FactorHealth, HealthEvaluation } from './health-evaluation.js';
import { HEALTH_RULES } from './health-rules.js';
import type { HealthSignals } from './health-signals.js';
import { NEXT_STEP_TEXTS } from './next-step-texts.js';
import { readinessOf, weakestOf } from './phase-readiness.js';
import { isPhaseReached, nextPhaseOf, PHASE_NAMES } from './phases.js';
import type { HealthRule, RuleOutcome } from './rules/rule.js';

/**
 * The health check of one partnership: every factor judged by its rule for the current
 * phase, the members' latest self score beside it, the gaps between the two, readiness for
 * this phase and the next, and the day the same data would give another answer. Pure.
 */
export function evaluateHealth(signals: HealthSignals): HealthEvaluation {
  const phase = signals.registry.phase;
  const outcomes = HEALTH_RULES.map((rule) => rule.evaluate(signals));
  // biome-ignore lint/style/noNonNullAssertion: outcomes holds one entry per rule, in the same order
  const factors = HEALTH_RULES.map((rule, index) => present(rule, outcomes[index]!, signals));
  const next = nextPhaseOf(phase);
  return {
    today: signals.today,
    phase,
    factors,
    readiness: readinessOf(phase, factors),
    nextPhaseReadiness: next ? readinessOf(next, factorsIn(next, signals, outcomes)) : null,
    weakestFactors: weakestOf(factors),
    gaps: factors.flatMap((f) => (f.gap ? [f.gap] : [])),
    reviewOn:
      outcomes
        .flatMap((outcome) => outcome.changesOn ?? [])
        .filter((date) => date > signals.today)
        .sort()[0] ?? null,
  };
}

/**
 * The factors judged as if the partnership were in `phase` today, on the same data. Only
 * rules that read the phase are asked again (their `reads` say so, and a test holds them
 * to it); the others' verdicts stand, seen with the other phase's expectations.
 */
function factorsIn(phase: Phase, signals: HealthSignals, outcomes: readonly RuleOutcome[]): FactorHealth[] {
  const moved: HealthSignals = { ...signals, registry: { ...signals.registry, phase } };
  // biome-ignore lint/style/noNonNullAssertion: outcomes holds one entry per rule, in the same order
  return HEALTH_RULES.map((rule, index) => present(rule, rule.reads.includes('registry.phase') ? rule.evaluate(moved) : outcomes[index]!, moved));
}

/** One factor: the rule's verdict, softened to NOT_YET_EXPECTED before its phase unless already good. */
function present(rule: HealthRule, outcome: RuleOutcome, signals: HealthSignals): FactorHealth {
  const early = !isPhaseReached(signals.registry.phase, rule.expectedFrom);
  const notYet = early && outcome.status !== 'STRONG' && outcome.status !== 'ADEQUATE';
  const status = notYet ? 'NOT_YET_EXPECTED' : outcome.status;
  const source = outcome.source ?? rule.source;
  const selfScore = signals.selfScores[rule.factor] ?? null;
  return {
    factor: rule.factor,
    area: rule.area,
    status,
    expectedFrom: rule.expectedFrom,
    source,
    summary: notYet ? `Not expected before the ${PHASE_NAMES[rule.expectedFrom]} phase. ${outcome.summary}` : outcome.summary,
    evidence: outcome.evidence,
    // Before its phase the step is still worth preparing; STRONG needs none.
    nextStep: status === 'STRONG' || !outcome.nextStep ? null : { code: outcome.nextStep, text: NEXT_STEP_TEXTS[outcome.nextStep] },
    selfScore,
    gap: gapOf(rule.factor, status, source, selfScore),
  };
}
