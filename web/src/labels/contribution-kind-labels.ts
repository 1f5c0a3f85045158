import type { ContributionKind } from '../api/schema-types';

/** Kinds of resources a stakeholder brings. */
export const CONTRIBUTION_KIND_LABELS: Readonly<Record<ContributionKind, string>> = {
  FINANCIAL: 'Financial',
  IN_KIND: 'In kind',
  STAFF_TIME: 'Staff time',
};

export const CONTRIBUTION_KIND_CODES = Object.keys(CONTRIBUTION_KIND_LABELS) as ContributionKind[];
