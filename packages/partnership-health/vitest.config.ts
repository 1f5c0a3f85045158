import { defineConfig } from 'vitest/config';

// No database and no GraphQL here: the rules are pure functions of their signals.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
