import type { Scope } from '../api/schema-types';

/** Geographic reach, smallest first. */
export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  LOCAL: 'Local',
  NATIONAL: 'National',
  REGIONAL: 'Regional',
  GLOBAL: 'Global',
};

export const SCOPE_CODES = Object.keys(SCOPE_LABELS) as Scope[];
