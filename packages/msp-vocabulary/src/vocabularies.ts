// The vocabularies of the MSP framework (phases, stakeholder roles, organisation types, ...);
// the values are the API's codes. Plain string constants rather than TypeScript enums, so
// plain JSON (a client's input, generated demo data) type-checks as one of them.

export const Phase = {
  INITIATION: 'INITIATION',
  DESIGN: 'DESIGN',
  IMPLEMENTATION: 'IMPLEMENTATION',
  FURTHER_DEVELOPMENT: 'FURTHER_DEVELOPMENT',
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

export const PartnershipStatus = {
  ACTIVE: 'ACTIVE',
  INACTIVE: 'INACTIVE',
  COMPLETED: 'COMPLETED',
} as const;
export type PartnershipStatus = (typeof PartnershipStatus)[keyof typeof PartnershipStatus];

export const Scope = {
  LOCAL: 'LOCAL',
  NATIONAL: 'NATIONAL',
  REGIONAL: 'REGIONAL',
  GLOBAL: 'GLOBAL',
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export const OrganizationType = {
  GOVERNMENT: 'GOVERNMENT',
  PRIVATE_SECTOR: 'PRIVATE_SECTOR',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  ACADEMIA: 'ACADEMIA',
  MULTILATERAL: 'MULTILATERAL',
  PHILANTHROPY: 'PHILANTHROPY',
  COMMUNITY: 'COMMUNITY',
} as const;
export type OrganizationType = (typeof OrganizationType)[keyof typeof OrganizationType];

export const StakeholderRole = {
  INITIATOR: 'INITIATOR',
  CORE_GROUP: 'CORE_GROUP',
  MEMBER: 'MEMBER',
  FUNDER: 'FUNDER',
  IMPLEMENTER: 'IMPLEMENTER',
  SECRETARIAT: 'SECRETARIAT',
  ADVISOR: 'ADVISOR',
  CHAMPION: 'CHAMPION',
} as const;
export type StakeholderRole = (typeof StakeholderRole)[keyof typeof StakeholderRole];

export const ContributionKind = {
  FINANCIAL: 'FINANCIAL',
  IN_KIND: 'IN_KIND',
  STAFF_TIME: 'STAFF_TIME',
} as const;
export type ContributionKind = (typeof ContributionKind)[keyof typeof ContributionKind];

export const MilestoneStatus = {
  PLANNED: 'PLANNED',
  IN_PROGRESS: 'IN_PROGRESS',
  ACHIEVED: 'ACHIEVED',
  DELAYED: 'DELAYED',
  CANCELLED: 'CANCELLED',
} as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

export const DecisionMaking = {
  CONSENSUS: 'CONSENSUS',
  MAJORITY_VOTE: 'MAJORITY_VOTE',
  STEERING_COMMITTEE: 'STEERING_COMMITTEE',
  LEAD_ORGANIZATION: 'LEAD_ORGANIZATION',
} as const;
export type DecisionMaking = (typeof DecisionMaking)[keyof typeof DecisionMaking];
