import type { SchemaMigrations } from '@msp-atlas/db';
import * as createPartnershipIndex from './20261128T0900_create_partnership_index.js';

export const contextMigrations: SchemaMigrations = {
  '20261128T0900_create_partnership_index': createPartnershipIndex,
};
