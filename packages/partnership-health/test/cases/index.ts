import { commonStrategyCases } from './common-strategy.cases.js';
import { contextCases } from './context.cases.js';
import { cooperationCases } from './cooperation.cases.js';
import type { FactorCase } from './factor-case.js';
import { monitoringLearningCases } from './monitoring-learning.cases.js';
import { processContinuityCases } from './process-continuity.cases.js';
import { steeringResourcesCases } from './steering-resources.cases.js';

export type { FactorCase } from './factor-case.js';

/** Every rule-table case, area by area. */
export const FACTOR_CASES: readonly FactorCase[] = [
  ...commonStrategyCases,
  ...cooperationCases,
  ...steeringResourcesCases,
  ...contextCases,
  ...monitoringLearningCases,
  ...processContinuityCases,
];
