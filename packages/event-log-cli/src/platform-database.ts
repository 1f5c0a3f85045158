import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDevRunnerEnv, providePlatformDatabase, type PlatformDatabase } from '@msp-atlas/dev-runner';

export type { PlatformDatabase };

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

/** DATABASE_URL, or the embedded database `npm start` keeps in the data folder. */
export async function openPlatformDatabase(): Promise<PlatformDatabase> {
  const env = loadDevRunnerEnv();
  const dataDir = env.MSP_ATLAS_DATA_DIR ?? resolve(repoRoot, '.data');
  try {
    return await providePlatformDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir,
      embeddedPort: env.EMBEDDED_POSTGRES_PORT,
      log: (message) => console.error(`[events] ${message}`),
    });
  } catch (cause) {
    throw new Error(
      `Could not start the embedded database in ${dataDir}. If \`npm start\` is running, it holds that database: ` +
        `pass its address, e.g. DATABASE_URL=postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/msp_atlas`,
      { cause },
    );
  }
}
