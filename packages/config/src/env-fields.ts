import { z } from 'zod';

/** Field builders for `loadConfig`: each parses the string form an environment gives. */

export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const envString = () => z.string().min(1);

export const envUrl = () => z.string().url();

export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

export const envLogLevel = () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

export const envNodeEnv = () => z.enum(['development', 'production', 'test']).default('development');

/** A shared secret: required, and long enough that it cannot be guessed. */
export const envSecret = (minLength = 32) => z.string().min(minLength);
