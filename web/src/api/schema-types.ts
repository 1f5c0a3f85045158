import type { graphql } from '../graphql/graphql';

/** A named enum or input type of the API schema, as gql.tada types it. */
type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

export type Phase = SchemaType<'Phase'>;
export type PartnershipStatus = SchemaType<'PartnershipStatus'>;
export type Scope = SchemaType<'Scope'>;
export type OrganizationType = SchemaType<'OrganizationType'>;
export type StakeholderRole = SchemaType<'StakeholderRole'>;
export type DecisionMaking = SchemaType<'DecisionMaking'>;
export type ContributionKind = SchemaType<'ContributionKind'>;
export type MilestoneStatus = SchemaType<'MilestoneStatus'>;

export type PartnershipFilter = SchemaType<'PartnershipFilter'>;
export type RegisterPartnershipInput = SchemaType<'RegisterPartnershipInput'>;
export type StakeholderInput = SchemaType<'StakeholderInput'>;
export type ContactPersonInput = SchemaType<'ContactPersonInput'>;
export type UpdatePartnershipInput = SchemaType<'UpdatePartnershipInput'>;

export type SuccessFactor = SchemaType<'SuccessFactor'>;
export type LessonKind = SchemaType<'LessonKind'>;
export type LessonStatus = SchemaType<'LessonStatus'>;
export type LessonFilter = SchemaType<'LessonFilter'>;
export type DraftLessonInput = SchemaType<'DraftLessonInput'>;

export type HealthStatus = SchemaType<'HealthStatus'>;
export type HealthGapKind = SchemaType<'HealthGapKind'>;
export type SuccessFactorArea = SchemaType<'SuccessFactorArea'>;
export type HealthOverviewGrouping = SchemaType<'HealthOverviewGrouping'>;
export type HealthOverviewFilter = SchemaType<'HealthOverviewFilter'>;
export type SelfAssessmentScoreInput = SchemaType<'SelfAssessmentScoreInput'>;
