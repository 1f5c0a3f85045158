import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';

/**
 * A lesson as the learning service last wrote it: enough for a projection elsewhere
 * (a partnership's LEARNING success factor counts its published lessons) without
 * reading the learning tables. The body is left out: it can be 200 KB.
 */
export const lessonSnapshot = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN']),
  kind: z.enum(['SUCCESS', 'FAILURE', 'PRACTICE', 'TOOL']),
  language: z.string(),
  phases: z.array(z.string()),
  successFactors: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  countries: z.array(z.string()),
  partnershipId: z.uuid().nullable(),
  isDemo: z.boolean(),
  /** When it was first published (ISO date-time); null while never published, and in payloads written before it was carried. */
  publishedAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

export type LessonSnapshot = z.output<typeof lessonSnapshot>;

/** Any change to a lesson (drafted, edited, submitted, published, rejected, withdrawn); `action` names the mutation. */
export const lessonChanged = defineEventContract({
  type: 'LessonChanged',
  aggregateType: 'Lesson',
  schemaVersion: 1,
  payload: z.object({ action: z.string(), lesson: lessonSnapshot }),
});
