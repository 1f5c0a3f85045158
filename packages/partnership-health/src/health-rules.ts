import type { HealthRule } from './rules/rule.js';
import { highLevelSupportRule, jointObjectivesRule, leadershipRule } from './rules/common-strategy.js';
import { rightStakeholdersRule, sharedLanguageRule, trustRule } from './rules/cooperation.js';
import { equalGovernanceRule, resourcesRule, secretariatRule } from './rules/steering-resources.js';
import { agenda2030Rule, contextAlignmentRule } from './rules/context.js';
import { evaluationReportingRule, learningRule, resultsMonitoringRule } from './rules/monitoring-learning.js';
import { resultsOrientationRule, rolesCommitmentsRule, transparentCommunicationRule } from './rules/process-management.js';
import { scalingHandoverRule } from './rules/continuity.js';

/**
 * The health check's rule table: one rule per success factor, in the framework's order.
 * Each area's rules, with their thresholds, live in `rules/<area>.ts`; the prose version
 * is in this package's README.
 */
export const HEALTH_RULES: readonly HealthRule[] = Object.freeze([
  jointObjectivesRule,
  leadershipRule,
  highLevelSupportRule,
  rightStakeholdersRule,
  trustRule,
  sharedLanguageRule,
  secretariatRule,
  equalGovernanceRule,
  resourcesRule,
  contextAlignmentRule,
  agenda2030Rule,
  resultsMonitoringRule,
  evaluationReportingRule,
  learningRule,
  resultsOrientationRule,
  rolesCommitmentsRule,
  transparentCommunicationRule,
  scalingHandoverRule,
]);
