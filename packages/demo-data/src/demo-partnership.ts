import type { ContributionKind, DecisionMaking, Phase, StakeholderRole, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { RegistrationInput } from './registration-input.js';
import type { DemoOrganization } from './demo-organization.js';

/** One move in the phase history, dated in the past. */
export interface PhaseStep {
  phase: Phase;
  changedOn: string;
  note: string;
}

export interface DemoContribution {
  kind: ContributionKind;
  description: string;
  amount: number | null;
  currency: string | null;
  personDays: number | null;
}

export interface DemoStakeholder {
  organization: DemoOrganization;
  roles: StakeholderRole[];
  commitment: string;
  contributions: DemoContribution[];
  hostsSecretariat: boolean;
}

export interface DemoGovernance {
  secretariatStaffCount: number | null;
  mouSignedOn: string | null;
  decisionMaking: DecisionMaking | null;
  communicationChannels: string[];
}

export interface DemoProgressReport {
  periodStart: string;
  periodEnd: string;
  reportedOn: string;
  summary: string;
  /** A value per indicator, by the indicator's position; null where the report leaves it out. */
  values: (number | null)[];
}

/** The members' own scores, as a self-assessment submits them. */
export interface DemoSelfAssessment {
  assessedOn: string;
  scores: { factor: SuccessFactor; score: number; note: string }[];
}

/** Everything about one demo partnership, before its organisations are resolved to records. */
export interface DemoPartnership {
  /** The registration fields except phase, governance and stakeholders. */
  details: Omit<RegistrationInput, 'phase' | 'governance' | 'stakeholders'>;
  phase: Phase;
  governance: DemoGovernance;
  stakeholders: DemoStakeholder[];
  /** The moves after registration in INITIATION on the start date, oldest first. */
  phaseSteps: PhaseStep[];
  reports: DemoProgressReport[];
  /** Partners who left in the past year: registered with the partnership, then removed. */
  departedStakeholders: DemoStakeholder[];
  /** Self-assessments, oldest first (the health check sets them beside its data). */
  selfAssessments: DemoSelfAssessment[];
}
