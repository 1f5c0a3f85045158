export { startEmbeddedPostgres, type EmbeddedPostgresServer, type EmbeddedPostgresOptions } from './embedded-postgres.js';
export { clusterDirIn, DEFAULT_CLUSTERS_ROOT } from './cluster-dir.js';
export { installedPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
export { DEFAULT_STAGING_ROOT } from './staged-binaries.js';
export { withDatabaseName, databaseNameOf } from './database-url.js';
