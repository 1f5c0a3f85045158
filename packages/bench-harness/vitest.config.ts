import { defineConfig } from 'vitest/config';

// The harness's own tests are pure functions: no database, so not the shared global set-up.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
