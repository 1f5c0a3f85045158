import { translatedLabels } from '../i18n/translated-labels';
import type { ContributionKind } from '../api/schema-types';

/** Kinds of resources a stakeholder brings. */
export const CONTRIBUTION_KIND_CODES: readonly ContributionKind[] = ['FINANCIAL', 'IN_KIND', 'STAFF_TIME'];

export const CONTRIBUTION_KIND_LABELS = translatedLabels('contributionKind', CONTRIBUTION_KIND_CODES);
