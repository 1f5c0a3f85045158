import { envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';

/** The SDG service's settings, read once at start-up (see README.md). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      NODE_ENV: envNodeEnv(),
      SDG_PORT: envPort(4002),
      SDG_HOST: envString().default('127.0.0.1'),
      DATABASE_URL: envUrl(),
      DATABASE_POOL_SIZE: envPort(10),
      LOG_LEVEL: envLogLevel(),
      // Shared with the gateway: requests without its proof are refused.
      GATEWAY_SECRET: envSecret(),
    },
    env,
  );
}

export type SdgEnv = ReturnType<typeof loadEnv>;
