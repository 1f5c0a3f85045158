import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

const noSelfScores = { selfScores: {} };

export const cooperationCases: FactorCase[] = [
  // RIGHT_STAKEHOLDERS
  { factor: 'RIGHT_STAKEHOLDERS', name: 'five kinds of organisation with communities', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { stakeholders: '6', 'stakeholders.organization.type': '5' } },
  { factor: 'RIGHT_STAKEHOLDERS', name: 'civil society but no community organisation', signals: healthySignals({ registry: { stakeholders: { total: 4, byType: { GOVERNMENT: 1, CIVIL_SOCIETY: 2, PRIVATE_SECTOR: 1 } } } }), status: 'ADEQUATE', nextStep: 'INVOLVE_AFFECTED_GROUPS', evidence: { 'stakeholders.organization.type': '3' } },
  { factor: 'RIGHT_STAKEHOLDERS', name: 'communities and one other kind', signals: healthySignals({ registry: { stakeholders: { total: 3, byType: { GOVERNMENT: 1, COMMUNITY: 2 } } } }), status: 'ADEQUATE', nextStep: 'WIDEN_STAKEHOLDER_TYPES', evidence: { 'stakeholders.organization.type': '2' } },
  { factor: 'RIGHT_STAKEHOLDERS', name: 'all of one kind', signals: healthySignals({ registry: { stakeholders: { total: 3, byType: { CIVIL_SOCIETY: 3 } } } }), status: 'WEAK', nextStep: 'WIDEN_STAKEHOLDER_TYPES', evidence: { 'stakeholders.organization.type': '1' } },
  { factor: 'RIGHT_STAKEHOLDERS', name: 'nobody for the people affected', signals: healthySignals({ registry: { stakeholders: { total: 3, byType: { GOVERNMENT: 1, PRIVATE_SECTOR: 2 } } } }), status: 'WEAK', nextStep: 'INVOLVE_AFFECTED_GROUPS', evidence: { stakeholders: '3' } },
  { factor: 'RIGHT_STAKEHOLDERS', name: 'no partners', signals: healthySignals({ registry: { stakeholders: { total: 0, byType: {} } } }), status: 'MISSING', nextStep: 'RECORD_STAKEHOLDERS', evidence: { stakeholders: '0' } },

  // TRUST
  { factor: 'TRUST', name: 'recent self score 5', signals: healthySignals(), status: 'STRONG', nextStep: null, source: 'SELF_ASSESSMENT', evidence: { selfAssessments: '5', changeHistory: '0' } },
  { factor: 'TRUST', name: 'recent self score 3', signals: healthySignals({ selfScores: { TRUST: { score: 3, note: '', assessedOn: '2026-01-20' } } }), status: 'ADEQUATE', nextStep: 'BUILD_TRUST', source: 'SELF_ASSESSMENT', evidence: { selfAssessments: '3' } },
  { factor: 'TRUST', name: 'partners stay, no self-assessment', signals: healthySignals(noSelfScores), status: 'ADEQUATE', nextStep: 'ASSESS_TRUST', evidence: { stakeholders: '6', changeHistory: '0' } },
  { factor: 'TRUST', name: 'a self score older than a year is not used', signals: healthySignals({ selfScores: { TRUST: { score: 1, note: '', assessedOn: '2025-06-15' } } }), status: 'ADEQUATE', nextStep: 'ASSESS_TRUST', evidence: { changeHistory: '0' } },
  { factor: 'TRUST', name: 'one partner left, few of many', signals: healthySignals({ ...noSelfScores, registry: { stakeholders: { removedLastYear: 1 } } }), status: 'ADEQUATE', nextStep: 'ASSESS_TRUST', evidence: { changeHistory: '1' } },
  { factor: 'TRUST', name: 'many partners left, whatever the members say', signals: healthySignals({ registry: { stakeholders: { total: 6, removedLastYear: 3 } } }), status: 'WEAK', nextStep: 'DISCUSS_PARTNER_TURNOVER', source: 'REGISTRY', evidence: { changeHistory: '3' } },
  { factor: 'TRUST', name: 'recent self score 2', signals: healthySignals({ selfScores: { TRUST: { score: 2, note: 'Tensions', assessedOn: '2026-05-01' } } }), status: 'WEAK', nextStep: 'BUILD_TRUST', source: 'SELF_ASSESSMENT', evidence: { selfAssessments: '2' } },
  { factor: 'TRUST', name: 'fewer than two partners and no self-assessment', signals: healthySignals({ ...noSelfScores, registry: { stakeholders: { total: 1 } } }), status: 'MISSING', nextStep: 'ASSESS_TRUST', evidence: { stakeholders: '1' } },

  // SHARED_LANGUAGE
  { factor: 'SHARED_LANGUAGE', name: 'problem statement and self score 4', signals: healthySignals(), status: 'STRONG', nextStep: null, source: 'SELF_ASSESSMENT', evidence: { problemStatement: 'true', selfAssessments: '4' } },
  { factor: 'SHARED_LANGUAGE', name: 'problem statement, no self-assessment', signals: healthySignals(noSelfScores), status: 'ADEQUATE', nextStep: 'ASSESS_SHARED_LANGUAGE', source: 'REGISTRY', evidence: { problemStatement: 'true' } },
  { factor: 'SHARED_LANGUAGE', name: 'problem statement and a middling self score', signals: healthySignals({ selfScores: { SHARED_LANGUAGE: { score: 3, note: '', assessedOn: '2026-04-01' } } }), status: 'ADEQUATE', nextStep: 'AGREE_SHARED_LANGUAGE', evidence: { problemStatement: 'true', selfAssessments: '3' } },
  { factor: 'SHARED_LANGUAGE', name: 'members confident, nothing written down', signals: healthySignals({ registry: { problemStatement: false } }), status: 'ADEQUATE', nextStep: 'RECORD_PROBLEM_STATEMENT', source: 'SELF_ASSESSMENT', evidence: { problemStatement: 'false', selfAssessments: '4' } },
  { factor: 'SHARED_LANGUAGE', name: 'recent self score 1', signals: healthySignals({ selfScores: { SHARED_LANGUAGE: { score: 1, note: 'We talk past each other', assessedOn: '2026-06-01' } } }), status: 'WEAK', nextStep: 'AGREE_SHARED_LANGUAGE', source: 'SELF_ASSESSMENT', evidence: { selfAssessments: '1' } },
  { factor: 'SHARED_LANGUAGE', name: 'no problem statement, no self-assessment', signals: inPhase('INITIATION', { ...noSelfScores, registry: { problemStatement: false } }), status: 'MISSING', nextStep: 'RECORD_PROBLEM_STATEMENT', evidence: { problemStatement: 'false' } },
];
