import { envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';
import { z } from 'zod';

/** The gateway's settings, read once at start-up (see gateway/README.md). */
export function loadEnv(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      NODE_ENV: envNodeEnv(),
      GATEWAY_PORT: envPort(4000),
      GATEWAY_HOST: envString().default('127.0.0.1'),
      SUPERGRAPH_PATH: envString().default('dist/supergraph.graphql'),
      WEB_DIST_DIR: envString().default('../web/dist'),
      PARTNERSHIPS_URL: envUrl().optional(),
      SDG_URL: envUrl().optional(),
      CONTEXT_URL: envUrl().optional(),
      LEARNING_URL: envUrl().optional(),
      LOG_LEVEL: envLogLevel(),
      // Shared with the subgraphs: they refuse requests not signed with it.
      GATEWAY_SECRET: envSecret(),
      PUBLIC_URL: z.string().optional(),
      // Per client address; behind a reverse proxy every client shares its address.
      GATEWAY_MUTATION_RATE_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    },
    env,
  );
}
