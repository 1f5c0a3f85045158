export {
  Phase,
  PartnershipStatus,
  Scope,
  OrganizationType,
  StakeholderRole,
  ContributionKind,
  MilestoneStatus,
  DecisionMaking,
} from './vocabularies.js';
export { SuccessFactor, SuccessFactorArea, SUCCESS_FACTOR_AREAS } from './success-factors.js';
export { isProgressReportOverdue, REPORTING_INTERVAL_MONTHS } from './progress-reporting.js';
