import { translatedLabels } from '../i18n/translated-labels';
import type { Scope } from '../api/schema-types';

/** Geographic reach, smallest first. */
export const SCOPE_CODES: readonly Scope[] = ['LOCAL', 'NATIONAL', 'REGIONAL', 'GLOBAL'];

export const SCOPE_LABELS = translatedLabels('scope', SCOPE_CODES);
