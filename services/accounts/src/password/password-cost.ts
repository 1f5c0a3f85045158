import { ConfigError } from '@msp-atlas/config';
import type { PasswordHashCost } from './password-hash.js';

/**
 * scrypt, memory-hard: N = 2^15, r = 8 takes 32 MiB per hash, which makes guessing
 * on GPUs expensive.
 */
export const PRODUCTION_PASSWORD_COST: PasswordHashCost = { logN: 15, r: 8, p: 1 };

/** 1 MiB per hash, 32 times cheaper: test runs sign up hundreds of accounts and guard nothing. */
export const TEST_PASSWORD_COST: PasswordHashCost = { logN: 10, r: 8, p: 1 };

export type PasswordCostSetting = 'production' | 'test';

/**
 * The cost sign-ups hash with. `test` is honoured inside a vitest run only (vitest sets
 * VITEST in every test process); anywhere else the service refuses to start with it, so
 * a deployment cannot weaken its hashes by copying a test's settings.
 */
export function passwordCostOf(setting: PasswordCostSetting, env: Record<string, string | undefined> = process.env): PasswordHashCost {
  if (setting === 'production') return PRODUCTION_PASSWORD_COST;
  if (env.VITEST !== 'true') {
    throw new ConfigError(['ACCOUNTS_PASSWORD_COST: "test" is for test runs only; unset it to hash with the production cost']);
  }
  return TEST_PASSWORD_COST;
}
