export { startEmbeddedPostgres, type EmbeddedPostgresServer } from './embedded-postgres.js';
export { withDatabaseName, databaseNameOf } from './database-url.js';
