import { translatedLabels } from '../i18n/translated-labels';
import type { HealthStatus } from '../api/schema-types';

/** The statuses from best to worst; "not yet expected" last, as it is no verdict. */
export const HEALTH_STATUS_CODES: readonly HealthStatus[] = ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'];

export const HEALTH_STATUS_LABELS = translatedLabels('health.status', HEALTH_STATUS_CODES);
