import { areasOf, type FactorHealth as FactorEvaluation, type HealthEvaluation, type HealthGap as GapEvaluation } from '@msp-atlas/partnership-health';
import type { FactorHealth } from './factor-health.type.js';
import type { HealthGap } from './health-gap.type.js';
import type { PartnershipHealth } from './partnership-health.type.js';

export function toPartnershipHealth(evaluation: HealthEvaluation): PartnershipHealth {
  return {
    evaluatedOn: evaluation.today,
    phase: evaluation.phase,
    factors: evaluation.factors.map(toFactorHealth),
    areas: areasOf(evaluation.factors).map((area) => ({ ...area })),
    readiness: { ...evaluation.readiness },
    nextPhaseReadiness: evaluation.nextPhaseReadiness ? { ...evaluation.nextPhaseReadiness } : null,
    weakestFactors: evaluation.weakestFactors,
    gaps: evaluation.gaps.map(toGap),
  };
}

function toFactorHealth(factor: FactorEvaluation): FactorHealth {
  return {
    ...factor,
    evidence: factor.evidence.map((evidence) => ({ ...evidence })),
    nextStep: factor.nextStep ? { ...factor.nextStep } : null,
    selfScore: factor.selfScore ? { ...factor.selfScore } : null,
    gap: factor.gap ? toGap(factor.gap) : null,
  };
}

function toGap(gap: GapEvaluation): HealthGap {
  return { ...gap };
}
