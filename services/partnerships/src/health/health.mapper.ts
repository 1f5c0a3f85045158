import { areasOf, type FactorHealth as FactorEvaluation, type HealthEvaluation, type HealthGap as GapEvaluation, type PhaseReadiness as ReadinessEvaluation } from '@msp-atlas/partnership-health';
import { AreaHealth } from './area-health.type.js';
import { FactorHealth } from './factor-health.type.js';
import { HealthEvidence } from './health-evidence.type.js';
import { HealthGap } from './health-gap.type.js';
import { HealthNextStep } from './health-next-step.type.js';
import { PartnershipHealth } from './partnership-health.type.js';
import { PhaseReadiness } from './phase-readiness.type.js';
import { SelfScore } from './self-score.type.js';

export function toPartnershipHealth(evaluation: HealthEvaluation): PartnershipHealth {
  return Object.assign(new PartnershipHealth(), {
    evaluatedOn: evaluation.today,
    phase: evaluation.phase,
    factors: evaluation.factors.map(toFactorHealth),
    areas: areasOf(evaluation.factors).map((area) => Object.assign(new AreaHealth(), area)),
    readiness: toReadiness(evaluation.readiness),
    nextPhaseReadiness: evaluation.nextPhaseReadiness ? toReadiness(evaluation.nextPhaseReadiness) : null,
    weakestFactors: evaluation.weakestFactors,
    gaps: evaluation.gaps.map(toGap),
  });
}

function toFactorHealth(factor: FactorEvaluation): FactorHealth {
  return Object.assign(new FactorHealth(), {
    ...factor,
    evidence: factor.evidence.map((evidence) => Object.assign(new HealthEvidence(), evidence)),
    nextStep: factor.nextStep ? Object.assign(new HealthNextStep(), factor.nextStep) : null,
    selfScore: factor.selfScore ? Object.assign(new SelfScore(), factor.selfScore) : null,
    gap: factor.gap ? toGap(factor.gap) : null,
  });
}

function toReadiness(readiness: ReadinessEvaluation): PhaseReadiness {
  return Object.assign(new PhaseReadiness(), readiness);
}

function toGap(gap: GapEvaluation): HealthGap {
  return Object.assign(new HealthGap(), gap);
}
