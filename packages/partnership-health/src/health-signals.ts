import type { OrganizationType, Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';

// What the health rules read: figures, not rows. Each service turns its own data into its
// part (the registry its record, the SDG service its alignment, the context service its
// overlaps, the learning service its lessons), so the rules stay pure and testable.

/** Figures from the partnership's registry record (partnerships service). */
export interface RegistrySignals {
  phase: Phase;
  /** When the partnership entered its current phase (latest phase change, else its start or registration date). */
  enteredPhaseOn: string;
  /** Non-blank objectives. */
  objectives: number;
  /** The shared problem statement, when one is recorded. */
  problemStatement: boolean;
  milestones: number;
  /** Milestones with a due date. */
  datedMilestones: number;
  /** Milestones past their due date and not done. */
  overdueMilestones: number;
  /**
   * The earliest due date, today or later, of a milestone not done (optional: when given, the
   * evaluation's `reviewOn` includes the day after it, when the milestone would turn overdue).
   */
  nextMilestoneDueOn?: string | null;
  indicators: number;
  /** Indicators with both a baseline and a target. */
  indicatorsWithBaselineAndTarget: number;
  /** Indicators tied to an official SDG indicator code. */
  indicatorsLinkedToSdg: number;
  stakeholders: {
    total: number;
    /** Organisations per stakeholder type (only types present). */
    byType: Partial<Record<OrganizationType, number>>;
    /** Organisations holding INITIATOR or CORE_GROUP. */
    core: number;
    /** Core organisations that commit a contribution (money, in kind or staff time). */
    coreContributing: number;
    /** Organisations whose commitment text is not blank. */
    withCommitment: number;
    /** Organisations with at least one contribution. */
    contributing: number;
    /** Organisations holding CHAMPION. */
    champions: number;
    /** Organisations removed from the partnership in the twelve months before today. */
    removedLastYear: number;
  };
  secretariat: { hostRecorded: boolean; staff: number | null };
  mouSignedOn: string | null;
  /** The DecisionMaking code, when recorded. */
  decisionMaking: string | null;
  communicationChannels: number;
  /** Money committed in the currency with the largest total; null when nobody commits money. */
  funding: { currency: string; total: number; funders: number; largestFunderShare: number; herfindahlIndex: number } | null;
  /**
   * Organisations committing money in any currency (optional: when given, money from one
   * funder in the main currency beside funders in other currencies is not read as dependence on one source).
   */
  moneyFunders?: number;
  /** Staff time committed in person-days, all partners together. */
  personDays: number;
  progressReports: number;
  lastReportedOn: string | null;
  /** The registry's own judgement (yearly reports while implementing), see report-overdue.ts. */
  progressReportOverdue: boolean;
  /** Date of the latest evaluation, when recorded. */
  lastEvaluatedOn: string | null;
  /** A continuation, scaling or handover plan is recorded. */
  continuationPlan: boolean;
  sdgTargets: number;
  sectors: number;
}

/** The SDG service's reading of the partnership's own text against what it declares. */
export interface SdgSignal {
  /** The registry version the reading was made from. */
  partnershipVersion: number;
  declaredTargets: number;
  /** Declared targets the text evidences (suggested with a score at or above the evidence threshold). */
  evidencedDeclaredTargets: number;
  /** Targets the text evidences that the partnership does not declare. */
  suggestedUndeclaredTargets: number;
}

/** The context service's view of initiatives around it. */
export interface OverlapSignal {
  /** Current initiatives it overlaps with (kind OVERLAP or DUPLICATE, not past ones). */
  overlaps: number;
  /** Of those, the likely duplicates. */
  duplicates: number;
  /** The strongest overlap score, 0..1; null when there is none. */
  strongestScore: number | null;
}

/** The learning service's count of what the partnership contributed to the library. */
export interface LearningSignal {
  publishedLessons: number;
  lastPublishedOn: string | null;
}

/** A member's latest score for one factor. */
export interface SelfScore {
  score: 1 | 2 | 3 | 4 | 5;
  note: string;
  assessedOn: string;
}

export interface HealthSignals {
  /** ISO date the evaluation is for: time-bound rules (reports, milestones) read it. */
  today: string;
  registry: RegistrySignals;
  /** Null until the SDG service has read the partnership. */
  sdg: SdgSignal | null;
  /** Null until the context service has compared it. */
  overlaps: OverlapSignal | null;
  /** Null when the learning service has not answered. */
  learning: LearningSignal | null;
  /** The latest self-assessment score per factor, where any. */
  selfScores: Partial<Record<SuccessFactor, SelfScore>>;
}
