import { translatedLabels } from '../i18n/translated-labels';
import type { PartnershipStatus } from '../api/schema-types';

/** Registration status of a partnership. */
export const STATUS_CODES: readonly PartnershipStatus[] = ['ACTIVE', 'INACTIVE', 'COMPLETED'];

export const STATUS_LABELS = translatedLabels('status', STATUS_CODES);
