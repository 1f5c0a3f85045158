import { translatedLabels } from '../i18n/translated-labels';
import type { MilestoneStatus } from '../api/schema-types';

/** Where a milestone stands. */
export const MILESTONE_STATUS_CODES: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DELAYED', 'CANCELLED'];

export const MILESTONE_STATUS_LABELS = translatedLabels('milestoneStatus', MILESTONE_STATUS_CODES);
