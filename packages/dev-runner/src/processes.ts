import { resolve } from 'node:path';
import type { AccountsAuthSettings } from './auth-settings.js';
import type { DevRunnerEnv } from './env.js';

export interface ProcessSpec {
  name: string;
  cwd: string;
  env: Record<string, string>;
  /** Where to ask whether it can serve. */
  readyUrl: string;
}

/** The platform's processes: the subgraphs (accounts among them), then the gateway that needs them. */
export function platformProcesses(
  repoRoot: string,
  env: DevRunnerEnv,
  databaseUrl: string,
  gatewaySecret: string,
  auth: AccountsAuthSettings,
) {
  const common = { DATABASE_URL: databaseUrl, LOG_LEVEL: env.LOG_LEVEL, GATEWAY_SECRET: gatewaySecret };
  const subgraph = (name: string, portVariable: string, port: number, extra: Record<string, string> = {}): ProcessSpec => ({
    name,
    cwd: resolve(repoRoot, 'services', name),
    env: { ...common, [portVariable]: String(port), ...extra },
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  const subgraphs = [
    subgraph('partnerships', 'PARTNERSHIPS_PORT', env.PARTNERSHIPS_PORT, { SEED_DEMO_DATA: 'true' }),
    subgraph('sdg', 'SDG_PORT', env.SDG_PORT),
    subgraph('context', 'CONTEXT_PORT', env.CONTEXT_PORT),
    subgraph('learning', 'LEARNING_PORT', env.LEARNING_PORT),
    // Holds the signing key and makes the first administrator; the gateway only verifies.
    subgraph('accounts', 'ACCOUNTS_PORT', env.ACCOUNTS_PORT, { ...auth }),
  ];
  const gateway: ProcessSpec = {
    name: 'gateway',
    cwd: resolve(repoRoot, 'gateway'),
    env: {
      LOG_LEVEL: env.LOG_LEVEL,
      GATEWAY_SECRET: gatewaySecret,
      GATEWAY_PORT: String(env.GATEWAY_PORT),
      PARTNERSHIPS_URL: `http://127.0.0.1:${env.PARTNERSHIPS_PORT}/graphql`,
      SDG_URL: `http://127.0.0.1:${env.SDG_PORT}/graphql`,
      CONTEXT_URL: `http://127.0.0.1:${env.CONTEXT_PORT}/graphql`,
      LEARNING_URL: `http://127.0.0.1:${env.LEARNING_PORT}/graphql`,
      ACCOUNTS_URL: `http://127.0.0.1:${env.ACCOUNTS_PORT}/graphql`,
      PUBLIC_URL: `http://localhost:${env.GATEWAY_PORT}`,
    },
    readyUrl: `http://127.0.0.1:${env.GATEWAY_PORT}/healthz`,
  };
  return { subgraphs, gateway };
}
