import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabaseName } from '@msp-atlas/postgres-server';
import { composeSupergraph } from '../src/compose/compose-supergraph.js';
import { SUBGRAPHS } from '../src/compose/subgraph-list.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

export interface BenchPlatform {
  graphqlUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The platform as separate processes, as `npm start` runs it, on a fresh database
 * (on DATABASE_URL's server, or an embedded one): benchmarks then measure the real
 * HTTP hops between gateway and subgraphs, with the load generator in its own process.
 */
export async function startBenchPlatform(): Promise<BenchPlatform> {
  const scratch = await mkdtemp(join(tmpdir(), 'msp-atlas-bench-'));
  // A directory of its own: the server runs as another user when we are root,
  // and cannot enter the private scratch directory.
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'msp-atlas-bench-pg-')), port: await freePort(), persistent: false });
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const databaseName = `bench_${Date.now()}`;
  await adminStatement(adminUrl, `create database ${databaseName}`);
  const databaseUrl = withDatabaseName(adminUrl, databaseName);

  const ports = { partnerships: await freePort(), gateway: await freePort() };
  const children: ChildProcess[] = [];
  // As `npm start` does: a new secret per run, shared by the gateway and the subgraph.
  const gatewaySecret = process.env.GATEWAY_SECRET || randomBytes(32).toString('hex');
  const partnershipsUrl = `http://127.0.0.1:${ports.partnerships}/graphql`;
  children.push(
    runService('services/partnerships', {
      DATABASE_URL: databaseUrl,
      PARTNERSHIPS_PORT: String(ports.partnerships),
      DATABASE_POOL_SIZE: '20',
      GATEWAY_SECRET: gatewaySecret,
    }),
  );
  await waitUntilReady(`http://127.0.0.1:${ports.partnerships}/readyz`);

  // Only the registry runs: the other subgraphs are composed in but never called.
  const supergraphPath = join(scratch, 'supergraph.graphql');
  const subgraphs = await Promise.all(
    SUBGRAPHS.map(async ({ name }) => ({
      name,
      url: name === 'partnerships' ? partnershipsUrl : `http://127.0.0.1:9/${name}`,
      sdl: await readFile(resolve(repoRoot, 'services', name, 'dist/schema.graphql'), 'utf8'),
    })),
  );
  await writeFile(supergraphPath, composeSupergraph(subgraphs));
  children.push(
    runService('gateway', {
      GATEWAY_PORT: String(ports.gateway),
      // One load generator is one client: the benchmark measures capacity, not the limiter.
      GATEWAY_MUTATION_RATE_PER_MINUTE: '0',
      SUPERGRAPH_PATH: supergraphPath,
      WEB_DIST_DIR: join(scratch, 'no-web'),
      GATEWAY_SECRET: gatewaySecret,
    }),
  );
  await waitUntilReady(`http://127.0.0.1:${ports.gateway}/healthz`);

  return {
    graphqlUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    databaseUrl,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        ),
      );
      await adminStatement(adminUrl, `drop database if exists ${databaseName} with (force)`);
      await embedded?.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

function runService(dir: string, env: Record<string, string>): ChildProcess {
  // BENCH_CPU_PROFILE_DIR=/some/dir writes a V8 CPU profile per service process.
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: resolve(repoRoot, dir),
    env: {
      ...process.env,
      ...env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: 'true',
      TSX_TSCONFIG_PATH: resolve(repoRoot, 'tsconfig.json'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function adminStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} not ready`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
