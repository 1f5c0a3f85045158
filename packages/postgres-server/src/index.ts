export { startEmbeddedPostgres, type EmbeddedPostgresServer, type EmbeddedPostgresOptions } from './embedded-postgres.js';
export { clusterDirIn } from './cluster-dir.js';
export { installedPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
export { withDatabaseName, databaseNameOf } from './database-url.js';
export { freeLoopbackPort } from './free-port.js';
