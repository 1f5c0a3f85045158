import type { MilestoneStatus } from '../api/schema-types';

/** Where a milestone stands. */
export const MILESTONE_STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  ACHIEVED: 'Achieved',
  DELAYED: 'Delayed',
  CANCELLED: 'Cancelled',
};

export const MILESTONE_STATUS_CODES = Object.keys(MILESTONE_STATUS_LABELS) as MilestoneStatus[];
