import { readFileSync } from 'node:fs';
import { ConfigError, envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';
import { z } from 'zod';

/** The accounts service's settings, read once at start-up (see README.md). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      NODE_ENV: envNodeEnv(),
      ACCOUNTS_PORT: envPort(4005),
      ACCOUNTS_HOST: envString().default('127.0.0.1'),
      DATABASE_URL: envUrl(),
      DATABASE_POOL_SIZE: envPort(5),
      LOG_LEVEL: envLogLevel(),
      // Shared with the gateway: requests without its proof are refused.
      GATEWAY_SECRET: envSecret(),
      // PKCS#8 PEM Ed25519 key the access tokens are signed with, inline or as a file.
      AUTH_SIGNING_KEY: z.string().optional(),
      AUTH_SIGNING_KEY_FILE: envString().optional(),
      AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
      AUTH_SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
      ACCOUNTS_SIGN_IN_RATE_PER_EMAIL_PER_MINUTE: z.coerce.number().int().min(1).default(5),
      FIRST_ADMIN_EMAIL: z.string().email().optional(),
      FIRST_ADMIN_PASSWORD: z.string().min(10).optional(),
    },
    env,
  );
}

export type AccountsEnv = ReturnType<typeof loadEnv>;

/** The signing key from AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE; refuses to start without one. */
export function signingKeyPemOf(env: AccountsEnv): string {
  if (env.AUTH_SIGNING_KEY) return env.AUTH_SIGNING_KEY;
  if (env.AUTH_SIGNING_KEY_FILE) return readFileSync(env.AUTH_SIGNING_KEY_FILE, 'utf8');
  throw new ConfigError(['AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE: required (a PKCS#8 PEM Ed25519 private key)']);
}
