import { z } from 'zod';
import { defineEventContract } from '../define-event-contract.js';
import { partnershipSnapshot } from './partnership-snapshot.js';

// Changes to a partnership's published record: each carries the record after it.

const PARTNERSHIP = 'Partnership';

function recordEvent<const Type extends string, Details extends z.ZodRawShape>(type: Type, details: Details) {
  return defineEventContract({
    type,
    aggregateType: PARTNERSHIP,
    schemaVersion: 1,
    payload: z.object({ ...details, partnership: partnershipSnapshot }),
  });
}

export const partnershipRegistered = recordEvent('PartnershipRegistered', {
  /** The account that registered it and became its first member; null for the system (demo data) and in payloads written before issue 16. */
  registrantAccountId: z.string().min(1).nullish(),
});
export const partnershipUpdated = recordEvent('PartnershipUpdated', {
  /** The input fields the update was given (API names). */
  changedFields: z.array(z.string().min(1)),
});
export const partnershipPhaseChanged = recordEvent('PartnershipPhaseChanged', {
  fromPhase: z.string().min(1),
  toPhase: z.string().min(1),
  changedOn: z.iso.date(),
});
export const stakeholderAdded = recordEvent('StakeholderAdded', { stakeholderId: z.uuid() });
export const stakeholderUpdated = recordEvent('StakeholderUpdated', { stakeholderId: z.uuid() });
export const stakeholderRemoved = recordEvent('StakeholderRemoved', { stakeholderId: z.uuid(), organizationId: z.uuid() });
export const progressReportSubmitted = recordEvent('ProgressReportSubmitted', { progressReportId: z.uuid() });

/**
 * The record as it stands, published again once for every partnership registered
 * before the record events carried `details` (issue 16), with its members' accounts,
 * so the health service starts from events alone. Not a change: the aggregate version
 * is the record's current one (under an aggregate type of its own), and the projections that hold the record already
 * (it is not among PARTNERSHIP_RECORD_EVENT_TYPES) pass it over.
 */
export const partnershipRecordRepublished = defineEventContract({
  type: 'PartnershipRecordRepublished',
  // Its own aggregate type: the log holds one event per aggregate and version, and the record event of this version is there already.
  aggregateType: 'PartnershipRepublication',
  schemaVersion: 1,
  payload: z.object({ memberAccountIds: z.array(z.string().min(1)), partnership: partnershipSnapshot }),
});

/** The event types whose payload holds `partnership`, the record after the change. */
export const PARTNERSHIP_RECORD_EVENT_TYPES = [
  partnershipRegistered.type,
  partnershipUpdated.type,
  partnershipPhaseChanged.type,
  stakeholderAdded.type,
  stakeholderUpdated.type,
  stakeholderRemoved.type,
  progressReportSubmitted.type,
] as const;
