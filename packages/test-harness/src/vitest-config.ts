import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The vitest configuration every workspace shares: one PostgreSQL server per run,
 * and a single copy of graphql (two copies fail with "another module or realm").
 */
export function workspaceTestConfig(overrides: ViteUserConfig['test'] = {}): ViteUserConfig {
  return defineConfig({
    resolve: {
      alias: [{ find: /^graphql$/, replacement: require.resolve('graphql/index.js') }],
    },
    test: {
      globalSetup: [require.resolve('@msp-atlas/test-harness/global-setup')],
      include: ['test/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      ...overrides,
    },
  });
}
