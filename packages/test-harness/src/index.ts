export { createTestDatabase, type TestDatabase } from './test-database.js';
export { adminDatabaseUrl } from './admin-database-url.js';
