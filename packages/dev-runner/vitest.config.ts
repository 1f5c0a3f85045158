import { defineConfig } from 'vitest/config';

// No database here: the processes are plain data made from the manifest.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
