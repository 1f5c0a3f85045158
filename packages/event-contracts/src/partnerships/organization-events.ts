import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';

export const organizationRegistered = defineEventContract({
  type: 'OrganizationRegistered',
  aggregateType: 'Organization',
  schemaVersion: 1,
  payload: z.object({
    organization: z.object({
      id: z.uuid(),
      name: z.string().min(1),
      type: z.string().min(1),
      country: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .nullable(),
    }),
  }),
});
