import type {
  ContributionKind,
  DecisionMaking,
  MilestoneStatus,
  OrganizationType,
  PartnershipStatus,
  Phase,
  Scope,
  StakeholderRole,
} from '@msp-atlas/msp-vocabulary';

/**
 * The GraphQL API's `RegistrationInput` as plain JSON, in the parts the
 * generators fill in: what a client sends, and what the partnerships service's
 * `registerPartnership` accepts (its seeding type-checks against it).
 */
export interface RegistrationInput {
  name: string;
  summary?: string | null;
  description?: string | null;
  website?: string | null;
  phase?: Phase | null;
  status?: PartnershipStatus | null;
  scope: Scope;
  countries?: string[] | null;
  regions?: string[] | null;
  sectors?: string[] | null;
  sdgTargets?: string[] | null;
  startDate?: string | null;
  endDate?: string | null;
  objectives?: string[] | null;
  /** The problem the partners want to solve together. */
  problemStatement?: string | null;
  /** How the work continues, scales or is handed over. */
  continuationPlan?: string | null;
  /** The date of the latest evaluation. */
  lastEvaluatedOn?: string | null;
  governance?: GovernanceInput | null;
  milestones?: MilestoneInput[] | null;
  indicators?: IndicatorInput[] | null;
  stakeholders?: StakeholderInput[] | null;
}

export interface GovernanceInput {
  secretariatHostId?: string | null;
  secretariatStaffCount?: number | null;
  mouSignedOn?: string | null;
  decisionMaking?: DecisionMaking | null;
  communicationChannels?: string[] | null;
}

export interface MilestoneInput {
  title: string;
  dueOn?: string | null;
  status?: MilestoneStatus | null;
}

export interface IndicatorInput {
  name: string;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
  sdgIndicatorCode?: string | null;
}

/** An organisation registered before (`organizationId`) or a new one given inline. */
export interface StakeholderInput {
  organizationId?: string | null;
  organization?: { name: string; type: OrganizationType; country?: string | null } | null;
  roles: StakeholderRole[];
  commitment?: string | null;
  contributions?: ContributionInput[] | null;
}

export interface ContributionInput {
  kind: ContributionKind;
  description?: string | null;
  amount?: number | null;
  currency?: string | null;
  personDays?: number | null;
}
