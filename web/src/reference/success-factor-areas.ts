import type { SuccessFactor, SuccessFactorArea } from '../api/schema-types';
import { SUCCESS_FACTOR_AREA_CODES } from '../labels/success-factor-area-labels';

/** Which factors each area holds, in the framework's order (the same grouping as msp-vocabulary's SUCCESS_FACTOR_AREAS). */
export const SUCCESS_FACTORS_BY_AREA: Readonly<Record<SuccessFactorArea, readonly SuccessFactor[]>> = {
  COMMON_STRATEGY: ['JOINT_OBJECTIVES', 'LEADERSHIP', 'HIGH_LEVEL_SUPPORT'],
  COOPERATION: ['RIGHT_STAKEHOLDERS', 'TRUST', 'SHARED_LANGUAGE'],
  STEERING_RESOURCES: ['SECRETARIAT', 'EQUAL_GOVERNANCE', 'RESOURCES'],
  CONTEXT: ['CONTEXT_ALIGNMENT', 'AGENDA_2030'],
  MONITORING_LEARNING: ['RESULTS_MONITORING', 'EVALUATION_REPORTING', 'LEARNING'],
  PROCESS_MANAGEMENT: ['RESULTS_ORIENTATION', 'ROLES_COMMITMENTS', 'TRANSPARENT_COMMUNICATION'],
  CONTINUITY: ['SCALING_HANDOVER'],
};

export function areaOfFactor(factor: SuccessFactor): SuccessFactorArea {
  return SUCCESS_FACTOR_AREA_CODES.find((area) => SUCCESS_FACTORS_BY_AREA[area].includes(factor)) ?? 'CONTINUITY';
}
