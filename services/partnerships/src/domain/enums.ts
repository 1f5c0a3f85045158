import { registerEnumType } from 'type-graphql';

// The domain's vocabularies (shared/domain/msp-framework.md); values are API codes.

export enum Phase {
  INITIATION = 'INITIATION',
  DESIGN = 'DESIGN',
  IMPLEMENTATION = 'IMPLEMENTATION',
  FURTHER_DEVELOPMENT = 'FURTHER_DEVELOPMENT',
}

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  COMPLETED = 'COMPLETED',
}

export enum Scope {
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
  REGIONAL = 'REGIONAL',
  GLOBAL = 'GLOBAL',
}

export enum OrganizationType {
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  ACADEMIA = 'ACADEMIA',
  MULTILATERAL = 'MULTILATERAL',
  PHILANTHROPY = 'PHILANTHROPY',
  COMMUNITY = 'COMMUNITY',
}

export enum StakeholderRole {
  INITIATOR = 'INITIATOR',
  CORE_GROUP = 'CORE_GROUP',
  MEMBER = 'MEMBER',
  FUNDER = 'FUNDER',
  IMPLEMENTER = 'IMPLEMENTER',
  SECRETARIAT = 'SECRETARIAT',
  ADVISOR = 'ADVISOR',
  CHAMPION = 'CHAMPION',
}

export enum ContributionKind {
  FINANCIAL = 'FINANCIAL',
  IN_KIND = 'IN_KIND',
  STAFF_TIME = 'STAFF_TIME',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
}

export enum DecisionMaking {
  CONSENSUS = 'CONSENSUS',
  MAJORITY_VOTE = 'MAJORITY_VOTE',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  LEAD_ORGANIZATION = 'LEAD_ORGANIZATION',
}

registerEnumType(Phase, { name: 'Phase', description: 'Life-cycle phase of a partnership' });
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
registerEnumType(Scope, { name: 'Scope', description: 'Geographic reach of a partnership' });
registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'Kind of stakeholder' });
registerEnumType(StakeholderRole, { name: 'StakeholderRole' });
registerEnumType(ContributionKind, { name: 'ContributionKind' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(DecisionMaking, { name: 'DecisionMaking', description: 'How the partnership takes decisions' });
