import { translatedLabels } from '../i18n/translated-labels';
import type { SuccessFactorArea } from '../api/schema-types';

/** The seven areas of the success factors in the framework's order. */
export const SUCCESS_FACTOR_AREA_CODES: readonly SuccessFactorArea[] = [
  'COMMON_STRATEGY',
  'COOPERATION',
  'STEERING_RESOURCES',
  'CONTEXT',
  'MONITORING_LEARNING',
  'PROCESS_MANAGEMENT',
  'CONTINUITY',
];

export const SUCCESS_FACTOR_AREA_LABELS = translatedLabels('health.area', SUCCESS_FACTOR_AREA_CODES);
