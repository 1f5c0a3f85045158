import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { ProcessSpec } from './processes.js';

const RESTART_LIMIT = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * Runs each process with tsx, restarts one that dies (a few times a minute at
 * most, then gives up on it), and stops them all with SIGTERM.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private readonly restarts = new Map<string, number[]>();
  private stopping = false;

  constructor(
    private readonly repoRoot: string,
    private readonly log: (message: string) => void,
  ) {}

  start(spec: ProcessSpec): void {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: spec.cwd,
      env: {
        ...process.env,
        ...spec.env,
        APOLLO_TELEMETRY_DISABLED: 'true',
        TSX_TSCONFIG_PATH: resolve(this.repoRoot, 'tsconfig.json'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.children.set(spec.name, child);
    child.on('exit', (code, signal) => {
      this.children.delete(spec.name);
      if (this.stopping) return;
      this.log(`${spec.name} exited (${signal ?? code})`);
      const recent = (this.restarts.get(spec.name) ?? []).filter((time) => Date.now() - time < RESTART_WINDOW_MS);
      if (recent.length >= RESTART_LIMIT) {
        this.log(`${spec.name} keeps failing; not restarting it`);
        return;
      }
      this.restarts.set(spec.name, [...recent, Date.now()]);
      setTimeout(() => this.start(spec), 1_000 * 2 ** recent.length);
    });
  }

  async stopAll(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    const exits = [...this.children.values()].map(
      (child) =>
        new Promise<void>((resolveExit) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolveExit();
          });
          child.kill('SIGTERM');
        }),
    );
    await Promise.all(exits);
  }
}

/** Polls a health URL until it answers 200. */
export async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}
