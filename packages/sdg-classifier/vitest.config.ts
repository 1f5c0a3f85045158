import { defineConfig } from 'vitest/config';

// No database and no GraphQL here: plain unit tests.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
