import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';

const targetCode = z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'an SDG target code such as 6.1 or 6.a');

/**
 * The SDG service's reading of one partnership changed: what it declares, what its own
 * text evidences, and how the two agree. Aggregate: the partnership's alignment
 * (`SdgAlignment`, keyed by the partnership's id), versioned by the SDG service, so
 * consumers (the overlap index) use suggested targets without reading the SDG tables.
 */
export const sdgAlignmentChanged = defineEventContract({
  type: 'SdgAlignmentChanged',
  aggregateType: 'SdgAlignment',
  schemaVersion: 1,
  payload: z.object({
    partnershipId: z.uuid(),
    /** The registry version of the partnership this alignment was computed from. */
    partnershipVersion: z.number().int().positive(),
    declaredTargets: z.array(targetCode),
    /** Suggested from the partnership's own text, best first, each with a score in 0..1. */
    suggestedTargets: z.array(z.object({ target: targetCode, score: z.number().min(0).max(1) })),
    /** Goals (1..17) the classifier judges the text to be about. */
    suggestedGoals: z.array(z.number().int().min(1).max(17)),
  }),
});
