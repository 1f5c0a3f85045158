import {
  Phase,
  PartnershipStatus,
  Scope,
  OrganizationType,
  StakeholderRole,
  ContributionKind,
  MilestoneStatus,
  DecisionMaking,
  SuccessFactor,
  SuccessFactorArea,
} from '@msp-atlas/msp-vocabulary';
import { registerEnumType } from 'type-graphql';

// The domain's vocabularies (shared/domain/msp-framework.md), registered as GraphQL enums.
export {
  Phase,
  PartnershipStatus,
  Scope,
  OrganizationType,
  StakeholderRole,
  ContributionKind,
  MilestoneStatus,
  DecisionMaking,
  SuccessFactor,
  SuccessFactorArea,
};

registerEnumType(Phase, { name: 'Phase', description: 'Life-cycle phase of a partnership' });
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
registerEnumType(Scope, { name: 'Scope', description: 'Geographic reach of a partnership' });
registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'Kind of stakeholder' });
registerEnumType(StakeholderRole, { name: 'StakeholderRole' });
registerEnumType(ContributionKind, { name: 'ContributionKind' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(DecisionMaking, { name: 'DecisionMaking', description: 'How the partnership takes decisions' });
// Defined alike in the learning subgraph (services/learning/src/lesson/vocabulary-enums.ts): composition needs them identical.
registerEnumType(SuccessFactor, { name: 'SuccessFactor', description: 'One of the success factors of partnerships (shared/domain/msp-framework.md)' });
registerEnumType(SuccessFactorArea, { name: 'SuccessFactorArea', description: 'The area of the framework a success factor belongs to' });
