import type { PartnershipRow } from '../partnership/partnership.table.js';
import { publishedFields } from '../partnership/published-fields.js';

// A partnership as its change history shows it: API field names, JSON values.
// Ids of list items are left out of list values; what a reader compares is content.

/** The fields an update may change, in the order a change record lists them. */
export const PARTNERSHIP_FIELDS = [
  'name',
  'slug',
  'summary',
  'description',
  'website',
  'phase',
  'status',
  'scope',
  'countries',
  'regions',
  'sectors',
  'sdgTargets',
  'startDate',
  'endDate',
  'objectives',
  'problemStatement',
  'continuationPlan',
  'lastEvaluatedOn',
  'governance',
  'milestones',
  'indicators',
  'contacts',
] as const;

export type PartnershipField = (typeof PARTNERSHIP_FIELDS)[number];

/** A partnership's state; the list fields only where they were read (or written). */
export type PartnershipState = { [field in PartnershipField]?: unknown };

type MilestoneLike = { title: string; due_on: string | null; status: string };
type IndicatorLike = { name: string; unit: string; baseline: number | null; target: number | null; sdg_indicator_code: string | null };
type ContactLike = { name: string; email: string; phone: string | null; role: string | null };

/** The lists given (rows read, or values about to be written); null or left out: not part of the state. */
export interface PartnershipLists {
  milestones?: readonly MilestoneLike[] | null;
  indicators?: readonly IndicatorLike[] | null;
  contacts?: readonly ContactLike[] | null;
}

export function partnershipState(row: PartnershipRow, lists: PartnershipLists = {}): PartnershipState {
  return {
    ...recordState(row),
    ...(lists.milestones && { milestones: milestonesState(lists.milestones) }),
    ...(lists.indicators && { indicators: indicatorsState(lists.indicators) }),
    ...(lists.contacts && { contacts: contactsState(lists.contacts) }),
  };
}

function recordState(row: PartnershipRow): PartnershipState {
  return {
    ...publishedFields(row),
    website: row.website,
    objectives: row.objectives,
    governance: {
      secretariatHostId: row.secretariat_host_id,
      secretariatStaffCount: row.secretariat_staff_count,
      mouSignedOn: row.mou_signed_on,
      decisionMaking: row.decision_making,
      communicationChannels: row.communication_channels,
    },
  };
}

function milestonesState(items: readonly MilestoneLike[]) {
  return items.map((item) => ({ title: item.title, dueOn: item.due_on, status: item.status }));
}

function indicatorsState(items: readonly IndicatorLike[]) {
  return items.map((item) => ({
    name: item.name,
    unit: item.unit,
    baseline: item.baseline,
    target: item.target,
    sdgIndicatorCode: item.sdg_indicator_code,
  }));
}

function contactsState(items: readonly ContactLike[]) {
  return items.map((item) => ({ name: item.name, email: item.email, phone: item.phone, role: item.role }));
}
