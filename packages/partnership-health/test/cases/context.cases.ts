import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

export const contextCases: FactorCase[] = [
  // CONTEXT_ALIGNMENT
  { factor: 'CONTEXT_ALIGNMENT', name: 'no overlap', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'overlapHealthSignal.overlaps': '0', 'overlapHealthSignal.duplicates': '0' } },
  { factor: 'CONTEXT_ALIGNMENT', name: 'two overlaps', signals: healthySignals({ overlaps: { overlaps: 2, duplicates: 0, strongestScore: 0.41 } }), status: 'ADEQUATE', nextStep: 'COORDINATE_WITH_OVERLAPS', evidence: { 'overlapHealthSignal.overlaps': '2', 'overlapHealthSignal.strongestScore': '0.41' } },
  { factor: 'CONTEXT_ALIGNMENT', name: 'three overlaps', signals: healthySignals({ overlaps: { overlaps: 3, duplicates: 0, strongestScore: 0.5 } }), status: 'WEAK', nextStep: 'COORDINATE_WITH_OVERLAPS', evidence: { 'overlapHealthSignal.overlaps': '3' } },
  { factor: 'CONTEXT_ALIGNMENT', name: 'a likely duplicate', signals: healthySignals({ overlaps: { overlaps: 1, duplicates: 1, strongestScore: 0.93 } }), status: 'WEAK', nextStep: 'RESOLVE_DUPLICATES', evidence: { 'overlapHealthSignal.duplicates': '1' } },
  { factor: 'CONTEXT_ALIGNMENT', name: 'not compared yet', signals: inPhase('INITIATION', { overlaps: null }), status: 'MISSING', nextStep: 'CONTEXT_PENDING', evidence: { overlapHealthSignal: 'none' }, summary: /context service/ },

  // AGENDA_2030
  { factor: 'AGENDA_2030', name: 'every declared target evidenced', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'sdgHealthSignal.declaredTargets': '2', 'sdgHealthSignal.evidencedDeclaredTargets': '2' } },
  { factor: 'AGENDA_2030', name: 'two of three evidenced', signals: healthySignals({ sdg: { partnershipVersion: 2, declaredTargets: 3, evidencedDeclaredTargets: 2, suggestedUndeclaredTargets: 0 } }), status: 'ADEQUATE', nextStep: 'EVIDENCE_SDG_TARGETS', evidence: { 'sdgHealthSignal.evidencedDeclaredTargets': '2' } },
  { factor: 'AGENDA_2030', name: 'all evidenced, the text points to more', signals: healthySignals({ sdg: { partnershipVersion: 2, declaredTargets: 1, evidencedDeclaredTargets: 1, suggestedUndeclaredTargets: 2 } }), status: 'ADEQUATE', nextStep: 'REVIEW_SUGGESTED_TARGETS', evidence: { 'sdgHealthSignal.suggestedUndeclaredTargets': '2' } },
  { factor: 'AGENDA_2030', name: 'declared but not evidenced', signals: healthySignals({ sdg: { partnershipVersion: 2, declaredTargets: 2, evidencedDeclaredTargets: 0, suggestedUndeclaredTargets: 1 } }), status: 'WEAK', nextStep: 'EVIDENCE_SDG_TARGETS', evidence: { 'sdgHealthSignal.evidencedDeclaredTargets': '0' } },
  { factor: 'AGENDA_2030', name: 'no declared targets', signals: healthySignals({ sdg: { partnershipVersion: 2, declaredTargets: 0, evidencedDeclaredTargets: 0, suggestedUndeclaredTargets: 3 } }), status: 'MISSING', nextStep: 'DECLARE_SDG_TARGETS', evidence: { 'sdgHealthSignal.declaredTargets': '0' } },
  { factor: 'AGENDA_2030', name: 'not yet read by the SDG service', signals: healthySignals({ sdg: null }), status: 'MISSING', nextStep: 'SDG_PENDING', evidence: { sdgHealthSignal: 'none', sdgTargets: '2' }, summary: /not yet read by the SDG service/i },
  { factor: 'AGENDA_2030', name: 'not read, and nothing declared anyway', signals: healthySignals({ sdg: null, registry: { sdgTargets: 0 } }), status: 'MISSING', nextStep: 'DECLARE_SDG_TARGETS', evidence: { sdgTargets: '0' } },
];
