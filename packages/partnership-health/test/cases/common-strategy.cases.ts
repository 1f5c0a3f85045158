import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

export const commonStrategyCases: FactorCase[] = [
  // JOINT_OBJECTIVES
  { factor: 'JOINT_OBJECTIVES', name: 'objectives, problem statement, dated milestones and indicators', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { objectives: '3', problemStatement: 'true', milestones: '4', 'milestones.dueOn': '4', indicators: '3' } },
  { factor: 'JOINT_OBJECTIVES', name: 'some milestones undated', signals: healthySignals({ registry: { datedMilestones: 2 } }), status: 'ADEQUATE', nextStep: 'DATE_MILESTONES', evidence: { 'milestones.dueOn': '2' } },
  { factor: 'JOINT_OBJECTIVES', name: 'one milestone only', signals: healthySignals({ registry: { milestones: 1, datedMilestones: 1 } }), status: 'ADEQUATE', nextStep: 'PLAN_RESULTS_CHAIN', evidence: { milestones: '1' } },
  { factor: 'JOINT_OBJECTIVES', name: 'no problem statement in design', signals: inPhase('DESIGN', { registry: { problemStatement: false } }), status: 'ADEQUATE', nextStep: 'RECORD_PROBLEM_STATEMENT', evidence: { problemStatement: 'false' } },
  { factor: 'JOINT_OBJECTIVES', name: 'initiation: objectives without a problem statement', signals: inPhase('INITIATION', { registry: { problemStatement: false, milestones: 0, datedMilestones: 0, indicators: 0 } }), status: 'ADEQUATE', nextStep: 'RECORD_PROBLEM_STATEMENT', evidence: { objectives: '3', problemStatement: 'false' } },
  { factor: 'JOINT_OBJECTIVES', name: 'initiation: objectives and a problem statement are enough', signals: inPhase('INITIATION', { registry: { milestones: 0, datedMilestones: 0, indicators: 0 } }), status: 'STRONG', nextStep: null, evidence: { objectives: '3' } },
  { factor: 'JOINT_OBJECTIVES', name: 'objectives but no results chain', signals: healthySignals({ registry: { milestones: 0, datedMilestones: 0, indicators: 0 } }), status: 'WEAK', nextStep: 'PLAN_RESULTS_CHAIN', evidence: { milestones: '0', indicators: '0' } },
  { factor: 'JOINT_OBJECTIVES', name: 'no objectives', signals: healthySignals({ registry: { objectives: 0 } }), status: 'MISSING', nextStep: 'RECORD_OBJECTIVES', evidence: { objectives: '0' } },

  // LEADERSHIP
  { factor: 'LEADERSHIP', name: 'several core members, all investing', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'stakeholders.roles': '3', 'stakeholders.contributions': '3' } },
  { factor: 'LEADERSHIP', name: 'one core member commits nothing', signals: healthySignals({ registry: { stakeholders: { coreContributing: 2 } } }), status: 'ADEQUATE', nextStep: 'CORE_COMMIT_RESOURCES', evidence: { 'stakeholders.contributions': '2' } },
  { factor: 'LEADERSHIP', name: 'initiation: core group still without pledges', signals: inPhase('INITIATION', { registry: { stakeholders: { core: 4, coreContributing: 0 } } }), status: 'ADEQUATE', nextStep: 'CORE_COMMIT_RESOURCES', evidence: { 'stakeholders.roles': '4', 'stakeholders.contributions': '0' } },
  { factor: 'LEADERSHIP', name: 'most core members commit nothing', signals: healthySignals({ registry: { stakeholders: { core: 4, coreContributing: 1 } } }), status: 'WEAK', nextStep: 'CORE_COMMIT_RESOURCES', evidence: { 'stakeholders.roles': '4', 'stakeholders.contributions': '1' } },
  { factor: 'LEADERSHIP', name: 'a single leading organisation', signals: healthySignals({ registry: { stakeholders: { core: 1, coreContributing: 1 } } }), status: 'WEAK', nextStep: 'WIDEN_CORE_GROUP', evidence: { 'stakeholders.roles': '1' } },
  { factor: 'LEADERSHIP', name: 'no core group', signals: healthySignals({ registry: { stakeholders: { core: 0, coreContributing: 0 } } }), status: 'MISSING', nextStep: 'FORM_CORE_GROUP', evidence: { 'stakeholders.roles': '0' } },

  // HIGH_LEVEL_SUPPORT
  { factor: 'HIGH_LEVEL_SUPPORT', name: 'two champions', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'stakeholders.roles': '2' } },
  { factor: 'HIGH_LEVEL_SUPPORT', name: 'one champion', signals: healthySignals({ registry: { stakeholders: { champions: 1 } } }), status: 'ADEQUATE', nextStep: 'ADD_CHAMPION', evidence: { 'stakeholders.roles': '1' } },
  { factor: 'HIGH_LEVEL_SUPPORT', name: 'no champion', signals: healthySignals({ registry: { stakeholders: { champions: 0 } } }), status: 'MISSING', nextStep: 'FIND_CHAMPION', evidence: { 'stakeholders.roles': '0' } },
  { factor: 'HIGH_LEVEL_SUPPORT', name: 'initiation: no champion yet', signals: inPhase('INITIATION', { registry: { stakeholders: { champions: 0 } } }), status: 'NOT_YET_EXPECTED', nextStep: 'FIND_CHAMPION', evidence: { 'stakeholders.roles': '0' }, summary: /^Not expected before the design phase\./ },
  { factor: 'HIGH_LEVEL_SUPPORT', name: 'initiation: champions already on board show', signals: inPhase('INITIATION'), status: 'STRONG', nextStep: null, evidence: { 'stakeholders.roles': '2' } },
];
