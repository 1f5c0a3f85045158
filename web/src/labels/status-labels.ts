import type { PartnershipStatus } from '../api/schema-types';

/** Registration status of a partnership. */
export const STATUS_LABELS: Readonly<Record<PartnershipStatus, string>> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  COMPLETED: 'Completed',
};

export const STATUS_CODES = Object.keys(STATUS_LABELS) as PartnershipStatus[];
