import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

export const monitoringLearningCases: FactorCase[] = [
  // RESULTS_MONITORING
  { factor: 'RESULTS_MONITORING', name: 'measurable indicators, reports on time', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { indicators: '3', 'indicators.baseline': '3', progressReports: '2', progressReportOverdue: 'false' } },
  { factor: 'RESULTS_MONITORING', name: 'design: measurable indicators are enough', signals: inPhase('DESIGN', { registry: { progressReports: 0, lastReportedOn: null } }), status: 'STRONG', nextStep: null, evidence: { 'indicators.baseline': '3' } },
  { factor: 'RESULTS_MONITORING', name: 'two of three indicators measurable', signals: healthySignals({ registry: { indicatorsWithBaselineAndTarget: 2 } }), status: 'ADEQUATE', nextStep: 'SET_BASELINES_TARGETS', evidence: { 'indicators.baseline': '2' } },
  { factor: 'RESULTS_MONITORING', name: 'implementing for months, first report not due yet', signals: healthySignals({ registry: { progressReports: 0, lastReportedOn: null, enteredPhaseOn: '2026-02-01' } }), status: 'ADEQUATE', nextStep: 'SUBMIT_PROGRESS_REPORT', evidence: { progressReports: '0', progressReportOverdue: 'false' } },
  { factor: 'RESULTS_MONITORING', name: 'a yearly report is overdue', signals: healthySignals({ registry: { lastReportedOn: '2025-03-01', progressReportOverdue: true } }), status: 'WEAK', nextStep: 'SUBMIT_PROGRESS_REPORT', evidence: { progressReportOverdue: 'true', 'progressReports.reportedOn': '2025-03-01' } },
  { factor: 'RESULTS_MONITORING', name: 'most indicators without baseline or target', signals: healthySignals({ registry: { indicatorsWithBaselineAndTarget: 1 } }), status: 'WEAK', nextStep: 'SET_BASELINES_TARGETS', evidence: { 'indicators.baseline': '1' } },
  { factor: 'RESULTS_MONITORING', name: 'further development without any report', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { progressReports: 0, lastReportedOn: null } }), status: 'WEAK', nextStep: 'SUBMIT_PROGRESS_REPORT', evidence: { progressReports: '0' } },
  { factor: 'RESULTS_MONITORING', name: 'no indicators', signals: healthySignals({ registry: { indicators: 0, indicatorsWithBaselineAndTarget: 0, indicatorsLinkedToSdg: 0 } }), status: 'MISSING', nextStep: 'DEFINE_INDICATORS', evidence: { indicators: '0' } },
  { factor: 'RESULTS_MONITORING', name: 'initiation: no indicators yet', signals: inPhase('INITIATION', { registry: { indicators: 0, indicatorsWithBaselineAndTarget: 0, indicatorsLinkedToSdg: 0 } }), status: 'NOT_YET_EXPECTED', nextStep: 'DEFINE_INDICATORS' },

  // EVALUATION_REPORTING
  { factor: 'EVALUATION_REPORTING', name: 'recent evaluation and reports', signals: inPhase('FURTHER_DEVELOPMENT'), status: 'STRONG', nextStep: null, evidence: { lastEvaluatedOn: '2025-11-01', progressReports: '2' } },
  { factor: 'EVALUATION_REPORTING', name: 'implementation: an early evaluation shows', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { lastEvaluatedOn: '2025-11-01' } },
  { factor: 'EVALUATION_REPORTING', name: 'evaluation over three years old', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { lastEvaluatedOn: '2023-06-15' } }), status: 'ADEQUATE', nextStep: 'REPEAT_EVALUATION', evidence: { lastEvaluatedOn: '2023-06-15' } },
  { factor: 'EVALUATION_REPORTING', name: 'evaluated, nothing published', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { progressReports: 0, lastReportedOn: null } }), status: 'ADEQUATE', nextStep: 'PUBLISH_PROGRESS_REPORTS', evidence: { progressReports: '0' } },
  { factor: 'EVALUATION_REPORTING', name: 'reports but never evaluated', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { lastEvaluatedOn: null } }), status: 'WEAK', nextStep: 'EVALUATE_PARTNERSHIP', evidence: { lastEvaluatedOn: 'none', progressReports: '2' } },
  { factor: 'EVALUATION_REPORTING', name: 'neither evaluation nor reports', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { lastEvaluatedOn: null, progressReports: 0, lastReportedOn: null } }), status: 'MISSING', nextStep: 'EVALUATE_PARTNERSHIP', evidence: { lastEvaluatedOn: 'none', progressReports: '0' } },
  { factor: 'EVALUATION_REPORTING', name: 'implementation: no evaluation yet', signals: healthySignals({ registry: { lastEvaluatedOn: null } }), status: 'NOT_YET_EXPECTED', nextStep: 'EVALUATE_PARTNERSHIP', summary: /further development phase/ },

  // LEARNING
  { factor: 'LEARNING', name: 'three lessons, the latest recent', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'learningHealthSignal.publishedLessons': '3', 'learningHealthSignal.lastPublishedOn': '2026-01-10' } },
  { factor: 'LEARNING', name: 'one recent lesson', signals: healthySignals({ learning: { publishedLessons: 1, lastPublishedOn: '2025-12-01' } }), status: 'ADEQUATE', nextStep: 'SHARE_MORE_LESSONS', evidence: { 'learningHealthSignal.publishedLessons': '1' } },
  { factor: 'LEARNING', name: 'nothing shared for over two years', signals: healthySignals({ learning: { publishedLessons: 4, lastPublishedOn: '2024-06-15' } }), status: 'WEAK', nextStep: 'SHARE_RECENT_LESSON', evidence: { 'learningHealthSignal.lastPublishedOn': '2024-06-15' } },
  { factor: 'LEARNING', name: 'no lesson', signals: healthySignals({ learning: { publishedLessons: 0, lastPublishedOn: null } }), status: 'MISSING', nextStep: 'SHARE_LESSON', evidence: { 'learningHealthSignal.publishedLessons': '0' } },
  { factor: 'LEARNING', name: 'the learning service did not answer', signals: healthySignals({ learning: null }), status: 'MISSING', nextStep: 'LEARNING_PENDING', evidence: { learningHealthSignal: 'none' }, summary: /learning library/ },
  { factor: 'LEARNING', name: 'design: no lesson yet', signals: inPhase('DESIGN', { learning: { publishedLessons: 0, lastPublishedOn: null } }), status: 'NOT_YET_EXPECTED', nextStep: 'SHARE_LESSON' },
];
