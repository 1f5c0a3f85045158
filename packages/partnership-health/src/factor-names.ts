import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';

/** The factors in plain English, for the texts the evaluation writes (the web names them from its own catalogue). */
export const FACTOR_NAMES: Readonly<Record<SuccessFactor, string>> = {
  JOINT_OBJECTIVES: 'joint objectives',
  LEADERSHIP: 'leadership',
  HIGH_LEVEL_SUPPORT: 'high-level support',
  RIGHT_STAKEHOLDERS: 'the right stakeholders',
  TRUST: 'trust',
  SHARED_LANGUAGE: 'a shared language',
  SECRETARIAT: 'the secretariat',
  EQUAL_GOVERNANCE: 'equal governance',
  RESOURCES: 'resources',
  CONTEXT_ALIGNMENT: 'alignment with other initiatives',
  AGENDA_2030: 'the 2030 Agenda',
  RESULTS_MONITORING: 'results monitoring',
  EVALUATION_REPORTING: 'evaluation and reporting',
  LEARNING: 'learning',
  RESULTS_ORIENTATION: 'results orientation',
  ROLES_COMMITMENTS: 'roles and commitments',
  TRANSPARENT_COMMUNICATION: 'transparent communication',
  SCALING_HANDOVER: 'scaling and handover',
};
