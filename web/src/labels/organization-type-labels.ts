import { translatedLabels } from '../i18n/translated-labels';
import type { OrganizationType } from '../api/schema-types';

/** Kinds of stakeholder organisation. */
export const ORGANIZATION_TYPE_CODES: readonly OrganizationType[] = [
  'GOVERNMENT',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'ACADEMIA',
  'MULTILATERAL',
  'PHILANTHROPY',
  'COMMUNITY',
];

export const ORGANIZATION_TYPE_LABELS = translatedLabels('organizationType', ORGANIZATION_TYPE_CODES);
