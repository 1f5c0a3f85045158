import { startPlatform, type Platform } from './platform.js';

/** A platform that many test files use: none of them may stop it. */
export type SharedPlatform = Omit<Platform, 'stop'>;

// On globalThis, so that every test file a worker runs finds it, whatever module graph it has.
const SHARED = Symbol.for('msp-atlas.shared-platform');
const holder = globalThis as { [SHARED]?: Promise<Platform> };

/**
 * One platform per test worker (with the default settings, but for the sign-in rate), for test files that only
 * read, or write only records no other test looks at: the first file to ask starts it,
 * the others in the same worker get it as it is. It ends with the worker, and the run's
 * global teardown drops its database. Where the workspace isolates test files
 * (vitest's default), each file gets its own.
 */
export function sharedPlatform(): Promise<SharedPlatform> {
  // Many files' sign-ups come from the one client address: the gateway's limit per address
  // (20 a minute) is for a platform a single file uses; the tests of that limit start their own.
  holder[SHARED] ??= startPlatform({ accountsOptions: { signInRatePerMinute: 1_000 } });
  return holder[SHARED];
}
