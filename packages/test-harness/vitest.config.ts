import { defineConfig } from 'vitest/config';

// The harness's own tests need no database, so not its shared global set-up.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
