import { defineConfig } from 'vitest/config';

// No database here: the generators are pure functions of their seed.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
