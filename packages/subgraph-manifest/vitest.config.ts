import { defineConfig } from 'vitest/config';

// No database here: the manifest is plain data, checked against the repository's folders.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
