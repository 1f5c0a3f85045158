import type { Phase } from '../api/schema-types';

/** Life-cycle phases in their natural order. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  INITIATION: 'Initiation',
  DESIGN: 'Design',
  IMPLEMENTATION: 'Implementation',
  FURTHER_DEVELOPMENT: 'Further development',
};

export const PHASE_CODES = Object.keys(PHASE_LABELS) as Phase[];
