import { envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';
import { z } from 'zod';

/** Settings of `npm start` (see the repository README). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      DATABASE_URL: envUrl().optional(),
      MSP_ATLAS_DATA_DIR: envString().optional(),
      EMBEDDED_POSTGRES_PORT: envPort(5488),
      GATEWAY_PORT: envPort(4000),
      PARTNERSHIPS_PORT: envPort(4001),
      SDG_PORT: envPort(4002),
      CONTEXT_PORT: envPort(4003),
      LEARNING_PORT: envPort(4004),
      ACCOUNTS_PORT: envPort(4005),
      LOG_LEVEL: envString().default('info'),
      // Unset: a new random one at every start (see gateway-secret.ts).
      GATEWAY_SECRET: envSecret().optional(),
      // Unset: made at the first start and kept in the data folder (see auth-settings.ts).
      AUTH_SIGNING_KEY_FILE: envString().optional(),
      FIRST_ADMIN_EMAIL: z.string().email().default('admin@msp-atlas.local'),
      FIRST_ADMIN_PASSWORD: z.string().min(10).optional(),
    },
    env,
  );
}

export type DevRunnerEnv = ReturnType<typeof loadEnv>;
