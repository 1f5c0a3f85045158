import type { SchemaMigrations } from '@msp-atlas/db';
import * as createAccounts from './20261128T0100_create_accounts.js';
import * as createAccessChanges from './20261201T1900_create_access_changes.js';
import * as createModeratorAppointments from './20261201T1910_create_moderator_appointments.js';

export const accountsMigrations: SchemaMigrations = {
  '20261128T0100_create_accounts': createAccounts,
  '20261201T1900_create_access_changes': createAccessChanges,
  '20261201T1910_create_moderator_appointments': createModeratorAppointments,
};
