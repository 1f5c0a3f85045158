import { defineConfig } from 'vitest/config';

// No database and no GraphQL here.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
