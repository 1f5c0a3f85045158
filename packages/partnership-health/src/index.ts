export type { HealthSignals, RegistrySignals, SdgSignal, OverlapSignal, LearningSignal, SelfScore } from './health-signals.js';
export { HealthStatus, HealthSource, HealthGapKind } from './health-evaluation.js';
export type { HealthEvaluation, FactorHealth, HealthEvidence, HealthNextStep, HealthGap, PhaseReadiness } from './health-evaluation.js';
export { evaluateHealth } from './evaluate-health.js';
export { sdgSignalFromAlignment, SDG_EVIDENCE_MIN_SCORE } from './sdg-signal.js';
export type { SdgAlignmentFigures } from './sdg-signal.js';
