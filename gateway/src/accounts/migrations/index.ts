import type { SchemaMigrations } from '@msp-atlas/db';
import * as createAccounts from './20261128T0100_create_accounts.js';

export const accountsMigrations: SchemaMigrations = {
  '20261128T0100_create_accounts': createAccounts,
};
