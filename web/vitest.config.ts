import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // The browser journeys in e2e/ have their own configuration (e2e/vitest.config.ts).
  test: { setupFiles: ['./src/i18n/unit-test-setup.ts'], exclude: [...configDefaults.exclude, 'e2e/**'] },
});
