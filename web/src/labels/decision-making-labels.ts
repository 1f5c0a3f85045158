import type { DecisionMaking } from '../api/schema-types';

/** How a partnership takes decisions. */
export const DECISION_MAKING_LABELS: Readonly<Record<DecisionMaking, string>> = {
  CONSENSUS: 'Consensus',
  MAJORITY_VOTE: 'Majority vote',
  STEERING_COMMITTEE: 'Steering committee',
  LEAD_ORGANIZATION: 'Lead organisation',
};

export const DECISION_MAKING_CODES = Object.keys(DECISION_MAKING_LABELS) as DecisionMaking[];
