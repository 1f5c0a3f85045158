import { z } from 'zod';

const code = z.string().min(1);
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const isoDate = z.iso.date();

/** What one stakeholder brings; amounts in their own currency (ISO 4217), never converted. */
export const contributionSnapshot = z.object({
  kind: code,
  amount: z.number().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code')
    .nullable(),
  personDays: z.number().nullable(),
});

export const stakeholderSnapshot = z.object({
  organizationId: z.uuid(),
  organizationType: code,
  country: countryCode.nullable(),
  roles: z.array(code),
  // Added after the first events were written: older payloads read as none.
  contributions: z.array(contributionSnapshot).default([]),
  /** What the organisation commits to, in its own words (added in issue 16: absent from older payloads). */
  commitment: z.string().optional(),
});

/** Shares per funder in one currency, as Partnership.fundingConcentration gives them. */
export const fundingShareSnapshot = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
  totalAmount: z.number(),
  funderCount: z.number().int().min(0),
  largestFunderShare: z.number().min(0).max(1),
  herfindahlIndex: z.number().min(0).max(1),
});

/**
 * The rest of the published record a health check reads: plan, governance, reporting,
 * registration and phase dates (added in issue 16, so the health service needs no
 * query of the registry). Figures that move with the calendar (overdue milestones,
 * removals within a year) are left to the reader: the facts carry their dates.
 */
export const recordDetailsSnapshot = z.object({
  registeredAt: z.iso.datetime({ offset: true }),
  /** The day the partnership entered its current phase, as its latest phase change records it. */
  enteredPhaseOn: isoDate.nullable(),
  milestones: z.array(z.object({ dueOn: isoDate.nullable(), status: code })),
  indicators: z.array(z.object({ hasBaseline: z.boolean(), hasTarget: z.boolean(), sdgIndicatorCode: z.string().nullable() })),
  governance: z.object({
    secretariatHostId: z.uuid().nullable(),
    secretariatStaffCount: z.number().int().min(0).nullable(),
    mouSignedOn: isoDate.nullable(),
    decisionMaking: code.nullable(),
    communicationChannels: z.array(z.string()),
  }),
  progressReports: z.object({ count: z.number().int().min(0), lastReportedOn: isoDate.nullable() }),
  /** Organisations removed as stakeholders in the twelve months before the change, each with its latest removal's day (UTC). */
  recentRemovals: z.array(z.object({ organizationId: z.uuid(), removedOn: isoDate })),
  /** Per currency, largest total first. */
  fundingConcentration: z.array(fundingShareSnapshot),
});

/**
 * A partnership's published record after a change, as every event about the record
 * carries it, so other services keep projections from events alone. Never contact
 * persons or members.
 */
export const partnershipSnapshot = z.object({
  id: z.uuid(),
  slug: z.string().min(1),
  name: z.string().min(1),
  summary: z.string(),
  description: z.string(),
  // Added after the first events were written: older payloads read as none.
  objectives: z.array(z.string()).default([]),
  phase: code,
  status: code,
  scope: code,
  countries: z.array(countryCode),
  regions: z.array(code),
  sectors: z.array(code),
  sdgTargets: z.array(code),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  // Added for the health check (issue 12): older payloads read as none recorded.
  problemStatement: z.string().nullable().default(null),
  continuationPlan: z.string().nullable().default(null),
  lastEvaluatedOn: isoDate.nullable().default(null),
  isDemo: z.boolean(),
  stakeholders: z.array(stakeholderSnapshot),
  // Added in issue 16: absent from payloads written before, which did not carry them.
  details: recordDetailsSnapshot.nullish(),
});

export type PartnershipSnapshot = z.infer<typeof partnershipSnapshot>;
export type StakeholderSnapshot = z.infer<typeof stakeholderSnapshot>;
export type ContributionSnapshot = z.infer<typeof contributionSnapshot>;
export type RecordDetailsSnapshot = z.infer<typeof recordDetailsSnapshot>;
