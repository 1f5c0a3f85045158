import { translatedLabels } from '../i18n/translated-labels';
import type { Phase } from '../api/schema-types';

/** Life-cycle phases in their natural order. */
export const PHASE_CODES: readonly Phase[] = ['INITIATION', 'DESIGN', 'IMPLEMENTATION', 'FURTHER_DEVELOPMENT'];

export const PHASE_LABELS = translatedLabels('phase', PHASE_CODES);
