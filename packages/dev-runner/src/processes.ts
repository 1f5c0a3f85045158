import { resolve } from 'node:path';
import { SUBGRAPHS, defaultSubgraphUrl, type SubgraphName } from '@msp-atlas/subgraph-manifest';
import type { AccountsAuthSettings } from './auth-settings.js';
import type { DevRunnerEnv } from './env.js';

export interface ProcessSpec {
  name: string;
  cwd: string;
  env: Record<string, string>;
  /** Where to ask whether it can serve. */
  readyUrl: string;
}

/** The platform's processes: every subgraph of the manifest, then the gateway that needs them. */
export function platformProcesses(repoRoot: string, env: DevRunnerEnv, databaseUrl: string, gatewaySecret: string, auth: AccountsAuthSettings) {
  const common = { DATABASE_URL: databaseUrl, LOG_LEVEL: env.LOG_LEVEL, GATEWAY_SECRET: gatewaySecret };
  // Settings one subgraph gets beyond the common ones; made here, where this run's
  // settings (`auth`'s key file, say) are at hand.
  const extraEnv: Partial<Record<SubgraphName, Record<string, string>>> = {
    // The demo data set is loaded at the first start.
    partnerships: { SEED_DEMO_DATA: 'true' },
    // The demo lessons, linked to demo partnerships as their events arrive.
    learning: { SEED_DEMO_DATA: 'true' },
    // Holds the signing key and makes the first administrator; the gateway only verifies.
    accounts: { ...auth },
  };
  const subgraphs = SUBGRAPHS.map(
    (entry): ProcessSpec => ({
      name: entry.name,
      cwd: resolve(repoRoot, entry.folder),
      env: { ...common, [entry.portVariable]: String(env[entry.portVariable]), ...extraEnv[entry.name] },
      readyUrl: `http://127.0.0.1:${env[entry.portVariable]}/readyz`,
    }),
  );
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((entry) => [entry.urlVariable, defaultSubgraphUrl(env[entry.portVariable])]));
  const gateway: ProcessSpec = {
    name: 'gateway',
    cwd: resolve(repoRoot, 'gateway'),
    env: {
      LOG_LEVEL: env.LOG_LEVEL,
      GATEWAY_SECRET: gatewaySecret,
      GATEWAY_PORT: String(env.GATEWAY_PORT),
      ...subgraphUrls,
      PUBLIC_URL: `http://localhost:${env.GATEWAY_PORT}`,
    },
    readyUrl: `http://127.0.0.1:${env.GATEWAY_PORT}/healthz`,
  };
  return { subgraphs, gateway };
}
