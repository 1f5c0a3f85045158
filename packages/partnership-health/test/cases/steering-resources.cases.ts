import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

const noFunding = { funding: null };

export const steeringResourcesCases: FactorCase[] = [
  // SECRETARIAT
  { factor: 'SECRETARIAT', name: 'hosted, three people', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'governance.secretariat.host': 'true', 'governance.secretariat.staffCount': '3' } },
  { factor: 'SECRETARIAT', name: 'hosted, one person', signals: healthySignals({ registry: { secretariat: { staff: 1 } } }), status: 'ADEQUATE', nextStep: 'ADD_SECRETARIAT_STAFF', evidence: { 'governance.secretariat.staffCount': '1' } },
  { factor: 'SECRETARIAT', name: 'staffed, host not recorded', signals: healthySignals({ registry: { secretariat: { hostRecorded: false, staff: 2 } } }), status: 'ADEQUATE', nextStep: 'RECORD_SECRETARIAT_HOST', evidence: { 'governance.secretariat.host': 'false' } },
  { factor: 'SECRETARIAT', name: 'hosted, nobody working for it', signals: healthySignals({ registry: { secretariat: { staff: null } } }), status: 'WEAK', nextStep: 'STAFF_SECRETARIAT', evidence: { 'governance.secretariat.staffCount': 'none' } },
  { factor: 'SECRETARIAT', name: 'none in implementation', signals: healthySignals({ registry: { secretariat: { hostRecorded: false, staff: null } } }), status: 'MISSING', nextStep: 'SET_UP_SECRETARIAT', evidence: { 'governance.secretariat.host': 'false', 'governance.secretariat.staffCount': 'none' } },
  { factor: 'SECRETARIAT', name: 'none in design', signals: inPhase('DESIGN', { registry: { secretariat: { hostRecorded: false, staff: null } } }), status: 'NOT_YET_EXPECTED', nextStep: 'SET_UP_SECRETARIAT', summary: /implementation phase/ },
  { factor: 'SECRETARIAT', name: 'staffed early, in design', signals: inPhase('DESIGN'), status: 'STRONG', nextStep: null },

  // EQUAL_GOVERNANCE
  { factor: 'EQUAL_GOVERNANCE', name: 'consensus', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'governance.decisionMaking': 'CONSENSUS' } },
  { factor: 'EQUAL_GOVERNANCE', name: 'majority vote', signals: healthySignals({ registry: { decisionMaking: 'MAJORITY_VOTE' } }), status: 'STRONG', nextStep: null, evidence: { 'governance.decisionMaking': 'MAJORITY_VOTE' } },
  { factor: 'EQUAL_GOVERNANCE', name: 'steering committee', signals: healthySignals({ registry: { decisionMaking: 'STEERING_COMMITTEE' } }), status: 'ADEQUATE', nextStep: 'OPEN_STEERING_COMMITTEE', evidence: { 'governance.decisionMaking': 'STEERING_COMMITTEE' } },
  { factor: 'EQUAL_GOVERNANCE', name: 'lead organisation decides', signals: healthySignals({ registry: { decisionMaking: 'LEAD_ORGANIZATION' } }), status: 'WEAK', nextStep: 'SHARE_DECISIONS', evidence: { 'governance.decisionMaking': 'LEAD_ORGANIZATION' } },
  { factor: 'EQUAL_GOVERNANCE', name: 'not recorded', signals: healthySignals({ registry: { decisionMaking: null } }), status: 'MISSING', nextStep: 'RECORD_DECISION_MAKING', evidence: { 'governance.decisionMaking': 'none' } },
  { factor: 'EQUAL_GOVERNANCE', name: 'initiation: not recorded yet', signals: inPhase('INITIATION', { registry: { decisionMaking: null } }), status: 'NOT_YET_EXPECTED', nextStep: 'RECORD_DECISION_MAKING' },

  // RESOURCES
  { factor: 'RESOURCES', name: 'four funders, none dominant', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'fundingConcentration.largestFunderShare': '0.35', 'fundingConcentration.herfindahlIndex': '0.28', 'fundingConcentration.funderCount': '4' } },
  { factor: 'RESOURCES', name: 'two funders, one larger', signals: healthySignals({ registry: { funding: { currency: 'EUR', total: 100_000, funders: 2, largestFunderShare: 0.6, herfindahlIndex: 0.52 } } }), status: 'ADEQUATE', nextStep: 'DIVERSIFY_FUNDING', evidence: { 'fundingConcentration.herfindahlIndex': '0.52' } },
  { factor: 'RESOURCES', name: 'largest funder gives 92 %', signals: healthySignals({ registry: { funding: { currency: 'USD', total: 100_000, funders: 2, largestFunderShare: 0.92, herfindahlIndex: 0.85 } } }), status: 'WEAK', nextStep: 'DIVERSIFY_FUNDING', evidence: { 'fundingConcentration.largestFunderShare': '0.92' } },
  { factor: 'RESOURCES', name: 'one funder', signals: healthySignals({ registry: { funding: { currency: 'USD', total: 50_000, funders: 1, largestFunderShare: 1, herfindahlIndex: 1 } } }), status: 'WEAK', nextStep: 'DIVERSIFY_FUNDING', evidence: { 'fundingConcentration.funderCount': '1', 'fundingConcentration.largestFunderShare': '1' } },
  { factor: 'RESOURCES', name: 'one funder in the main currency, others in other currencies', signals: healthySignals({ registry: { moneyFunders: 3, funding: { currency: 'KES', total: 9_000_000, funders: 1, largestFunderShare: 1, herfindahlIndex: 1 } } }), status: 'ADEQUATE', nextStep: 'DIVERSIFY_FUNDING', evidence: { fundingConcentration: '3', 'fundingConcentration.largestFunderShare': '1' } },
  { factor: 'RESOURCES', name: 'one funder, and nobody else gives money', signals: healthySignals({ registry: { moneyFunders: 1, funding: { currency: 'KES', total: 9_000_000, funders: 1, largestFunderShare: 1, herfindahlIndex: 1 } } }), status: 'WEAK', nextStep: 'DIVERSIFY_FUNDING', evidence: { 'fundingConcentration.funderCount': '1' } },
  { factor: 'RESOURCES', name: 'Herfindahl at the weak threshold', signals: healthySignals({ registry: { funding: { currency: 'USD', total: 100_000, funders: 3, largestFunderShare: 0.89, herfindahlIndex: 0.8 } } }), status: 'WEAK', nextStep: 'DIVERSIFY_FUNDING', evidence: { 'fundingConcentration.herfindahlIndex': '0.8' } },
  { factor: 'RESOURCES', name: 'implementation: goods and time, no money', signals: healthySignals({ registry: noFunding }), status: 'WEAK', nextStep: 'SECURE_FUNDING', evidence: { fundingConcentration: 'none', 'stakeholders.contributions.personDays': '400' } },
  { factor: 'RESOURCES', name: 'design: goods and time, money still negotiated', signals: inPhase('DESIGN', { registry: noFunding }), status: 'ADEQUATE', nextStep: 'SECURE_FUNDING', evidence: { fundingConcentration: 'none' } },
  { factor: 'RESOURCES', name: 'nobody commits anything', signals: healthySignals({ registry: { ...noFunding, personDays: 0, stakeholders: { contributing: 0 } } }), status: 'MISSING', nextStep: 'COMMIT_RESOURCES', evidence: { 'stakeholders.contributions': '0' } },
  { factor: 'RESOURCES', name: 'initiation: nothing committed yet', signals: inPhase('INITIATION', { registry: { ...noFunding, personDays: 0, stakeholders: { contributing: 0 } } }), status: 'NOT_YET_EXPECTED', nextStep: 'COMMIT_RESOURCES' },
];
