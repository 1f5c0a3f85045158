import { envLogLevel, envNodeEnv, envPort, envSecret, envString, envUrl, loadConfig } from '@msp-atlas/config';
import type { SubgraphEntry } from '@msp-atlas/subgraph-manifest';
import type { z } from 'zod';

/** Settings a service adds to the ones every subgraph has, as `loadConfig` fields. */
export type ServiceSettingsShape = z.ZodRawShape;

/** A subgraph's settings, read once at start-up. */
export interface SubgraphEnv<Settings> {
  port: number;
  host: string;
  databaseUrl: string;
  poolSize: number;
  logLevel: string;
  /** Shared with the gateway: requests without its proof are refused. */
  gatewaySecret: string;
  production: boolean;
  /** The service's own settings (`settings` of defineSubgraph), by variable name. */
  settings: Settings;
}

/**
 * Reads every setting a subgraph has (the port and host variables its manifest
 * entry names) plus the service's own, and fails at once listing every problem.
 */
export function loadSubgraphEnv<Shape extends ServiceSettingsShape>(
  entry: SubgraphEntry,
  settingsShape: Shape,
  env: Record<string, string | undefined>,
): SubgraphEnv<z.infer<z.ZodObject<Shape>>> {
  const values: Record<string, unknown> = loadConfig(
    {
      ...settingsShape,
      NODE_ENV: envNodeEnv(),
      [entry.portVariable]: envPort(entry.defaultPort),
      [entry.hostVariable]: envString().default('127.0.0.1'),
      DATABASE_URL: envUrl(),
      DATABASE_POOL_SIZE: envPort(10),
      LOG_LEVEL: envLogLevel(),
      GATEWAY_SECRET: envSecret(),
    },
    env,
  );
  const settings = Object.fromEntries(Object.keys(settingsShape).map((key) => [key, values[key]]));
  return {
    port: values[entry.portVariable] as number,
    host: values[entry.hostVariable] as string,
    databaseUrl: values.DATABASE_URL as string,
    poolSize: values.DATABASE_POOL_SIZE as number,
    logLevel: values.LOG_LEVEL as string,
    gatewaySecret: values.GATEWAY_SECRET as string,
    production: values.NODE_ENV === 'production',
    settings: settings as z.infer<z.ZodObject<Shape>>,
  };
}
