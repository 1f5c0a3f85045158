import { defineConfig } from 'vitest/config';

// No database and no graphql here: plain unit tests.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
