// The shapes the web app reads from the partnerships subgraph (see its schema).

export type Phase = 'INITIATION' | 'DESIGN' | 'IMPLEMENTATION' | 'FURTHER_DEVELOPMENT';
export type PartnershipStatus = 'ACTIVE' | 'INACTIVE' | 'COMPLETED';
export type Scope = 'LOCAL' | 'NATIONAL' | 'REGIONAL' | 'GLOBAL';
export type OrganizationType =
  | 'GOVERNMENT'
  | 'PRIVATE_SECTOR'
  | 'CIVIL_SOCIETY'
  | 'ACADEMIA'
  | 'MULTILATERAL'
  | 'PHILANTHROPY'
  | 'COMMUNITY';
export type StakeholderRole =
  | 'INITIATOR'
  | 'CORE_GROUP'
  | 'MEMBER'
  | 'FUNDER'
  | 'IMPLEMENTER'
  | 'SECRETARIAT'
  | 'ADVISOR'
  | 'CHAMPION';
export type DecisionMaking = 'CONSENSUS' | 'MAJORITY_VOTE' | 'STEERING_COMMITTEE' | 'LEAD_ORGANIZATION';
export type ContributionKind = 'FINANCIAL' | 'IN_KIND' | 'STAFF_TIME';
export type MilestoneStatus = 'PLANNED' | 'IN_PROGRESS' | 'ACHIEVED' | 'DELAYED' | 'CANCELLED';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<Node> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: Node }[];
}

export interface OrganizationSummary {
  id: string;
  name: string;
  type: OrganizationType;
  country: string | null;
}

export interface PartnershipListItem {
  id: string;
  slug: string;
  name: string;
  summary: string;
  phase: Phase;
  status: PartnershipStatus;
  scope: Scope;
  countries: string[];
  regions: string[];
  sdgGoals: string[];
  isDemo: boolean;
}

export interface PhaseChange {
  id: string;
  fromPhase: Phase | null;
  toPhase: Phase;
  changedOn: string;
  note: string;
}

export interface Contribution {
  id: string;
  kind: ContributionKind;
  description: string;
  amount: number | null;
  currency: string | null;
  personDays: number | null;
}

export interface Stakeholder {
  id: string;
  roles: StakeholderRole[];
  commitment: string;
  organization: OrganizationSummary;
  contributions: Contribution[];
}

export interface Governance {
  secretariat: { staffCount: number | null; host: { id: string; name: string } | null } | null;
  mouSignedOn: string | null;
  decisionMaking: DecisionMaking | null;
  communicationChannels: string[];
}

export interface Milestone {
  id: string;
  title: string;
  dueOn: string | null;
  status: MilestoneStatus;
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  sdgIndicatorCode: string | null;
}

export interface ProgressReport {
  id: string;
  periodStart: string;
  periodEnd: string;
  reportedOn: string;
  summary: string;
  indicatorValues: { indicatorId: string; value: number }[];
}

export interface FundingConcentration {
  currency: string;
  totalAmount: number;
  funderCount: number;
  largestFunderShare: number;
  herfindahlIndex: number;
  largestFunder: { id: string; name: string } | null;
}

/** Another subgraph's reference to an account, with the name the gateway fills in. */
export interface AccountRef {
  id: string;
  name: string;
}

/** Personal data: the API returns contact persons to the partnership's members only. */
export interface ContactPerson {
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
}

export interface PartnershipMember {
  account: AccountRef;
  /** Null for the account that registered the partnership. */
  invitedBy: AccountRef | null;
  joinedAt: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  createdAt: string;
  invitedBy: AccountRef;
}

export interface PartnershipDetail extends PartnershipListItem {
  description: string;
  website: string | null;
  sectors: string[];
  sdgTargets: string[];
  startDate: string | null;
  endDate: string | null;
  objectives: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  governance: Governance;
  phaseHistory: PhaseChange[];
  stakeholders: Stakeholder[];
  milestones: Milestone[];
  indicators: Indicator[];
  progressReports: ProgressReport[];
  fundingConcentration: FundingConcentration[];
  progressReportOverdue: boolean;
  /** A member, or a curator of one of its countries. */
  viewerCanEdit: boolean;
  viewerIsMember: boolean;
  memberCount: number;
  /** Null unless the viewer is a member. */
  contacts: ContactPerson[] | null;
  /** Null unless the viewer is a member or a curator of one of its countries. */
  members: PartnershipMember[] | null;
  /** Null unless the viewer is a member. */
  pendingInvitations: PendingInvitation[] | null;
}
