import { healthySignals, inPhase } from '../signal-builder.js';
import type { FactorCase } from './factor-case.js';

export const processContinuityCases: FactorCase[] = [
  // RESULTS_ORIENTATION
  { factor: 'RESULTS_ORIENTATION', name: 'on time, measured against the SDGs', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { milestones: '4', 'milestones.dueOn': '0', 'indicators.sdgIndicatorCode': '2' } },
  { factor: 'RESULTS_ORIENTATION', name: 'one of four milestones overdue', signals: healthySignals({ registry: { overdueMilestones: 1 } }), status: 'ADEQUATE', nextStep: 'CATCH_UP_MILESTONES', evidence: { 'milestones.dueOn': '1' } },
  { factor: 'RESULTS_ORIENTATION', name: 'indicators not linked to SDG indicators', signals: healthySignals({ registry: { indicatorsLinkedToSdg: 0 } }), status: 'ADEQUATE', nextStep: 'LINK_INDICATORS_TO_SDG', evidence: { 'indicators.sdgIndicatorCode': '0' } },
  { factor: 'RESULTS_ORIENTATION', name: 'measurable indicators but no milestones', signals: healthySignals({ registry: { milestones: 0, datedMilestones: 0 } }), status: 'ADEQUATE', nextStep: 'PLAN_MEASURABLE_RESULTS', evidence: { milestones: '0' } },
  { factor: 'RESULTS_ORIENTATION', name: 'half the dated milestones overdue', signals: healthySignals({ registry: { overdueMilestones: 2 } }), status: 'WEAK', nextStep: 'CATCH_UP_MILESTONES', evidence: { 'milestones.dueOn': '2' } },
  { factor: 'RESULTS_ORIENTATION', name: 'three milestones overdue', signals: healthySignals({ registry: { milestones: 10, datedMilestones: 10, overdueMilestones: 3 } }), status: 'WEAK', nextStep: 'CATCH_UP_MILESTONES', evidence: { 'milestones.dueOn': '3' } },
  { factor: 'RESULTS_ORIENTATION', name: 'nothing planned measurably', signals: healthySignals({ registry: { milestones: 0, datedMilestones: 0, indicatorsWithBaselineAndTarget: 0 } }), status: 'MISSING', nextStep: 'PLAN_MEASURABLE_RESULTS', evidence: { milestones: '0', 'indicators.baseline': '0' } },
  { factor: 'RESULTS_ORIENTATION', name: 'design: overdue milestones are not judged yet', signals: inPhase('DESIGN', { registry: { overdueMilestones: 3 } }), status: 'NOT_YET_EXPECTED', nextStep: 'CATCH_UP_MILESTONES' },

  // ROLES_COMMITMENTS
  { factor: 'ROLES_COMMITMENTS', name: 'MoU and every commitment written', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'governance.mouSignedOn': '2025-05-20', 'stakeholders.commitment': '6' } },
  { factor: 'ROLES_COMMITMENTS', name: 'MoU, some commitments missing', signals: healthySignals({ registry: { stakeholders: { withCommitment: 4 } } }), status: 'ADEQUATE', nextStep: 'WRITE_COMMITMENTS', evidence: { 'stakeholders.commitment': '4' } },
  { factor: 'ROLES_COMMITMENTS', name: 'MoU, most commitments missing', signals: healthySignals({ registry: { stakeholders: { withCommitment: 2 } } }), status: 'WEAK', nextStep: 'WRITE_COMMITMENTS', evidence: { 'stakeholders.commitment': '2' } },
  { factor: 'ROLES_COMMITMENTS', name: 'no MoU in implementation', signals: healthySignals({ registry: { mouSignedOn: null } }), status: 'MISSING', nextStep: 'SIGN_MOU', evidence: { 'governance.mouSignedOn': 'none' } },
  { factor: 'ROLES_COMMITMENTS', name: 'no MoU in design', signals: inPhase('DESIGN', { registry: { mouSignedOn: null } }), status: 'MISSING', nextStep: 'SIGN_MOU', evidence: { 'governance.mouSignedOn': 'none' } },
  { factor: 'ROLES_COMMITMENTS', name: 'no MoU in initiation', signals: inPhase('INITIATION', { registry: { mouSignedOn: null } }), status: 'NOT_YET_EXPECTED', nextStep: 'SIGN_MOU', evidence: { 'governance.mouSignedOn': 'none' } },

  // TRANSPARENT_COMMUNICATION
  { factor: 'TRANSPARENT_COMMUNICATION', name: 'four channels', signals: healthySignals(), status: 'STRONG', nextStep: null, evidence: { 'governance.communicationChannels': '4' } },
  { factor: 'TRANSPARENT_COMMUNICATION', name: 'two channels', signals: healthySignals({ registry: { communicationChannels: 2 } }), status: 'ADEQUATE', nextStep: 'ADD_CHANNELS', evidence: { 'governance.communicationChannels': '2' } },
  { factor: 'TRANSPARENT_COMMUNICATION', name: 'one channel', signals: healthySignals({ registry: { communicationChannels: 1 } }), status: 'WEAK', nextStep: 'ADD_CHANNELS', evidence: { 'governance.communicationChannels': '1' } },
  { factor: 'TRANSPARENT_COMMUNICATION', name: 'no channel', signals: healthySignals({ registry: { communicationChannels: 0 } }), status: 'MISSING', nextStep: 'SET_UP_CHANNELS', evidence: { 'governance.communicationChannels': '0' } },
  { factor: 'TRANSPARENT_COMMUNICATION', name: 'initiation: one informal channel', signals: inPhase('INITIATION', { registry: { communicationChannels: 1 } }), status: 'NOT_YET_EXPECTED', nextStep: 'ADD_CHANNELS' },

  // SCALING_HANDOVER
  { factor: 'SCALING_HANDOVER', name: 'a plan, with community partners', signals: inPhase('FURTHER_DEVELOPMENT'), status: 'STRONG', nextStep: null, evidence: { continuationPlan: 'true', 'stakeholders.organization.type': '1' } },
  { factor: 'SCALING_HANDOVER', name: 'a plan, nobody local to hand over to', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { stakeholders: { byType: { GOVERNMENT: 2, CIVIL_SOCIETY: 3 } } } }), status: 'ADEQUATE', nextStep: 'INVOLVE_LOCAL_PARTNERS', evidence: { 'stakeholders.organization.type': '0' } },
  { factor: 'SCALING_HANDOVER', name: 'no plan in further development', signals: inPhase('FURTHER_DEVELOPMENT', { registry: { continuationPlan: false } }), status: 'MISSING', nextStep: 'PLAN_CONTINUATION', evidence: { continuationPlan: 'false' } },
  { factor: 'SCALING_HANDOVER', name: 'no plan while implementing', signals: healthySignals({ registry: { continuationPlan: false } }), status: 'NOT_YET_EXPECTED', nextStep: 'PLAN_CONTINUATION', evidence: { continuationPlan: 'false' } },
  { factor: 'SCALING_HANDOVER', name: 'an early plan shows', signals: healthySignals(), status: 'STRONG', nextStep: null },
];
