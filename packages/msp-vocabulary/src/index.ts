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
