import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';

/**
 * How many initiatives overlap one partnership changed, as the context service last
 * counted them. Aggregate: the partnership's overlap summary (`OverlapSummary`, keyed by
 * the partnership's id), versioned by the context service; the registry's health
 * projection reads it for the CONTEXT_ALIGNMENT factor.
 */
export const partnershipOverlapsChanged = defineEventContract({
  type: 'PartnershipOverlapsChanged',
  aggregateType: 'OverlapSummary',
  schemaVersion: 1,
  payload: z.object({
    partnershipId: z.uuid(),
    /** Current initiatives it overlaps with (OVERLAP or DUPLICATE, not past ones). */
    overlaps: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    strongestScore: z.number().min(0).max(1).nullable(),
  }),
});
