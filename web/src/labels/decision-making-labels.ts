import { translatedLabels } from '../i18n/translated-labels';
import type { DecisionMaking } from '../api/schema-types';

/** How a partnership takes decisions. */
export const DECISION_MAKING_CODES: readonly DecisionMaking[] = ['CONSENSUS', 'MAJORITY_VOTE', 'STEERING_COMMITTEE', 'LEAD_ORGANIZATION'];

export const DECISION_MAKING_LABELS = translatedLabels('decisionMaking', DECISION_MAKING_CODES);
