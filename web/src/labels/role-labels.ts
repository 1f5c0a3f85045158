import { translatedLabels } from '../i18n/translated-labels';
import type { StakeholderRole } from '../api/schema-types';

/** Roles an organisation can hold in a partnership. */
export const ROLE_CODES: readonly StakeholderRole[] = ['INITIATOR', 'CORE_GROUP', 'MEMBER', 'FUNDER', 'IMPLEMENTER', 'SECRETARIAT', 'ADVISOR', 'CHAMPION'];

export const ROLE_LABELS = translatedLabels('role', ROLE_CODES);
