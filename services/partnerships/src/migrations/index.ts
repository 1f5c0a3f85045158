import type { SchemaMigrations } from '@msp-atlas/db';
import * as createRegistry from './20261127T2200_create_registry.js';

export const partnershipsMigrations: SchemaMigrations = {
  '20261127T2200_create_registry': createRegistry,
};
