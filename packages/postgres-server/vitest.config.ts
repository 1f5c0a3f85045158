import { defineConfig } from 'vitest/config';

// No shared test server here: these tests start embedded servers themselves.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
