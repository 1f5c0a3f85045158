import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ServerAccount } from './postgres-user.js';

export interface ProcessSettings {
  /** Set when we are root: the processes run as this account. */
  account: ServerAccount | null;
  onLog: (message: string) => void;
}

// English messages, whatever the machine's locale: readiness is read from the log.
const ENVIRONMENT = { ...process.env, LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

/**
 * Makes a new cluster in the empty `dataDir`. UTF-8 with PostgreSQL's own C.UTF-8
 * collation, so text sorts the same on every machine whatever locales it has installed.
 */
export async function initialiseCluster(initdb: string, dataDir: string, password: string, settings: ProcessSettings): Promise<void> {
  // Beside the data directory, which initdb wants empty; only the server's account may read it.
  const passwordFile = join(dirname(dataDir), `.${basename(dataDir)}-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (settings.account) await chown(passwordFile, settings.account.uid, settings.account.gid);
    const args = [
      `--pgdata=${dataDir}`,
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-messages=C',
    ];
    const initdbProcess = spawnAs(initdb, args, settings);
    const output = collectOutput(initdbProcess);
    const code = await new Promise<number | null>((resolve, reject) => {
      initdbProcess.once('error', reject);
      initdbProcess.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${output().trim()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the server on loopback and resolves once it accepts connections. */
export function startServerProcess(postgres: string, dataDir: string, port: number, settings: ProcessSettings): Promise<ChildProcess> {
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const server = spawnAs(postgres, args, settings);
  const output = collectOutput(server, settings.onLog);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      reject(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s: ${output().trim()}`));
    }, START_TIMEOUT_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      server.stderr?.off('data', onData);
      server.off('close', onClose);
      outcome();
    };
    const onData = () => {
      if (output().includes(READY)) settle(() => resolve(server));
    };
    const onClose = (code: number | null) => settle(() => reject(new Error(`PostgreSQL stopped while starting (exit code ${code}): ${output().trim()}`)));
    server.stderr?.on('data', onData);
    server.once('close', onClose);
    server.once('error', (error) => settle(() => reject(error)));
  });
}

/** Fast shutdown: open transactions are rolled back, the data stays consistent. */
export async function stopServerProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGINT');
  await exited;
}

function spawnAs(command: string, args: string[], settings: ProcessSettings): ChildProcess {
  const account = settings.account ? { uid: settings.account.uid, gid: settings.account.gid } : {};
  return spawn(command, args, { ...account, env: ENVIRONMENT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Everything the process wrote so far (the last 20 kB), passing each chunk to `onLog`. */
function collectOutput(child: ChildProcess, onLog?: (message: string) => void): () => string {
  let text = '';
  const append = (chunk: Buffer) => {
    const message = chunk.toString('utf8');
    onLog?.(message);
    text = (text + message).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}
