import { envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';

/** The learning service's settings, read once at start-up (see README.md). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      NODE_ENV: envNodeEnv(),
      LEARNING_PORT: envPort(4004),
      LEARNING_HOST: envString().default('127.0.0.1'),
      DATABASE_URL: envUrl(),
      DATABASE_POOL_SIZE: envPort(10),
      LOG_LEVEL: envLogLevel(),
      // Shared with the gateway: requests without its proof are refused.
      GATEWAY_SECRET: envSecret(),
    },
    env,
  );
}

export type LearningEnv = ReturnType<typeof loadEnv>;
