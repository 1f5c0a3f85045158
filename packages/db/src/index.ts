export { createDatabase, type DatabaseOptions } from './create-database.js';
export { migrateSchema, type SchemaMigrations } from './migrate-schema.js';
export { databaseReadiness } from './database-readiness.js';
export { isUniqueViolation, isForeignKeyViolation } from './pg-errors.js';
export { isConnectionError } from './connection-errors.js';
export { retryingPool } from './retrying-pool.js';
export { upsertNewerVersion } from './upsert-newer-version.js';
export { sql, type Kysely, type Transaction, type Selectable, type Insertable, type Updateable } from 'kysely';
