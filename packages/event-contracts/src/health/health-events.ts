import { z } from 'zod';
import { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { defineEventContract } from '../define-event-contract.js';

const factor = z.enum(Object.values(SuccessFactor) as [SuccessFactor, ...SuccessFactor[]]);
const status = z.enum(['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED']);

/** Members scored the partnership on some success factors (aggregate: the partnership). */
export const selfAssessmentSubmitted = defineEventContract({
  type: 'SelfAssessmentSubmitted',
  aggregateType: 'SelfAssessment',
  schemaVersion: 1,
  payload: z.object({
    selfAssessmentId: z.uuid(),
    partnershipId: z.uuid(),
    assessedOn: z.iso.date(),
    scores: z.array(z.object({ factor, score: z.number().int().min(1).max(5) })),
  }),
});

/**
 * The health check's statuses of one partnership changed (aggregate `PartnershipHealth`,
 * keyed by the partnership's id, versioned by the registry's health projection). The
 * learning service reads the weakest factors to recommend lessons that address them.
 */
export const partnershipHealthChanged = defineEventContract({
  type: 'PartnershipHealthChanged',
  aggregateType: 'PartnershipHealth',
  schemaVersion: 1,
  payload: z.object({
    partnershipId: z.uuid(),
    phase: z.string().min(1),
    evaluatedOn: z.iso.date(),
    statuses: z.record(factor, status),
    /** Expected factors that are WEAK or MISSING, weakest first. */
    weakestFactors: z.array(factor),
  }),
});
