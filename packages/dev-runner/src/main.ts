// `npm start`: the whole platform on one machine, with one supervisor.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providePlatformDatabase } from './database.js';
import { loadEnv } from './env.js';
import { accountsAuthSettings } from './auth-settings.js';
import { gatewaySecretFor } from './gateway-secret.js';
import { platformProcesses } from './processes.js';
import { Supervisor, waitUntilReady } from './supervisor.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const env = loadEnv();
const log = (message: string) => console.log(`[msp-atlas] ${message}`);
const startedAt = Date.now();

const dataDir = env.MSP_ATLAS_DATA_DIR ?? resolve(repoRoot, '.data');
const database = await providePlatformDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir,
  embeddedPort: env.EMBEDDED_POSTGRES_PORT,
  log,
}).catch((error: Error) => {
  // The message says what to do; a stack trace would only bury it.
  log(`cannot start the database: ${error.message}`);
  process.exit(1);
});
const supervisor = new Supervisor(repoRoot, log);
const auth = accountsAuthSettings(env, dataDir);
const { subgraphs, gateway } = platformProcesses(repoRoot, env, database.url, gatewaySecretFor(env), auth);

let shuttingDown = false;
async function shutDown(exitCode: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping');
  await supervisor.stopAll();
  await database.embedded?.stop();
  process.exit(exitCode);
}
process.once('SIGINT', () => void shutDown(0));
process.once('SIGTERM', () => void shutDown(0));

try {
  for (const spec of subgraphs) supervisor.start(spec);
  // Generous: the first start migrates and loads the demo data.
  await Promise.all(subgraphs.map((spec) => waitUntilReady(spec.readyUrl, 120_000)));
  supervisor.start(gateway);
  await waitUntilReady(gateway.readyUrl, 60_000);
} catch (error) {
  log(`start-up failed: ${(error as Error).message}`);
  await shutDown(1);
}
log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
log(`administrator: ${auth.FIRST_ADMIN_EMAIL}${env.FIRST_ADMIN_PASSWORD ? '' : ` (password in ${join(dataDir, 'first-admin-password')})`}`);
log(`MSP Atlas is running at http://localhost:${env.GATEWAY_PORT} (GraphQL API at http://localhost:${env.GATEWAY_PORT}/graphql)`);
