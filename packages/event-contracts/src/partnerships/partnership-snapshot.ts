import { z } from 'zod';

const code = z.string().min(1);
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const isoDate = z.iso.date();

/** What one stakeholder brings; amounts in their own currency (ISO 4217), never converted. */
export const contributionSnapshot = z.object({
  kind: code,
  amount: z.number().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code').nullable(),
  personDays: z.number().nullable(),
});

export const stakeholderSnapshot = z.object({
  organizationId: z.uuid(),
  organizationType: code,
  country: countryCode.nullable(),
  roles: z.array(code),
  // Added after the first events were written: older payloads read as none.
  contributions: z.array(contributionSnapshot).default([]),
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
});

export type PartnershipSnapshot = z.infer<typeof partnershipSnapshot>;
export type StakeholderSnapshot = z.infer<typeof stakeholderSnapshot>;
export type ContributionSnapshot = z.infer<typeof contributionSnapshot>;
