import { translatedLabels } from '../i18n/translated-labels';
import type { SuccessFactor } from '../api/schema-types';

/** The success factors in the framework's order (shared/domain/msp-framework.md). */
export const SUCCESS_FACTOR_CODES: readonly SuccessFactor[] = [
  'JOINT_OBJECTIVES',
  'LEADERSHIP',
  'HIGH_LEVEL_SUPPORT',
  'RIGHT_STAKEHOLDERS',
  'TRUST',
  'SHARED_LANGUAGE',
  'SECRETARIAT',
  'EQUAL_GOVERNANCE',
  'RESOURCES',
  'CONTEXT_ALIGNMENT',
  'AGENDA_2030',
  'RESULTS_MONITORING',
  'EVALUATION_REPORTING',
  'LEARNING',
  'RESULTS_ORIENTATION',
  'ROLES_COMMITMENTS',
  'TRANSPARENT_COMMUNICATION',
  'SCALING_HANDOVER',
];

export const SUCCESS_FACTOR_LABELS = translatedLabels('lessons.factor', SUCCESS_FACTOR_CODES);
