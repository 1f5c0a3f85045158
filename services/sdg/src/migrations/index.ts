import type { SchemaMigrations } from '@msp-atlas/db';

// Empty on purpose: migrateSchema still creates the `sdg` schema and its migration
// bookkeeping, so the first real table arrives as an ordinary timestamped migration.
export const sdgMigrations: SchemaMigrations = {};
