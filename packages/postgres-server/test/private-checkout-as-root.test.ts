import { chmod, cp, mkdtemp, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterDirIn, freeLoopbackPort, installedPostgresBinaries, startEmbeddedPostgres, type PostgresBinaries } from '../src/index.js';
import { stagedForEveryone } from '../src/staged-binaries.js';

const asRoot = process.getuid?.() === 0;

// The defect only exists as root (PostgreSQL then runs as user postgres); an ordinary
// user runs the binaries as themselves and has nothing to prove here.
describe.skipIf(!asRoot)('as root, in a checkout only root may enter (mode 0700)', () => {
  let checkout: string;
  let outside: string;
  let binaries: PostgresBinaries;

  beforeAll(async () => {
    checkout = await mkdtemp(join(tmpdir(), 'msp-atlas-private-checkout-'));
    expect((await stat(checkout)).mode & 0o777).toBe(0o700);
    // What `npm install` leaves in such a checkout: the binaries inside it.
    const installed = await installedPostgresBinaries();
    binaries = { dir: join(checkout, 'node_modules', 'native'), version: `test-${Date.now()}-${process.pid}` };
    await cp(installed.dir, binaries.dir, { recursive: true, verbatimSymlinks: true });
    // Stands in for /var/cache and /var/lib: root's, open for entering.
    outside = await mkdtemp(join(tmpdir(), 'msp-atlas-outside-'));
    await chmod(outside, 0o755);
  });

  afterAll(async () => {
    await rm(checkout, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('runs a throw-away server (as the tests do), staging the binaries outside the checkout once', async () => {
    // Concurrent first runs: both get the one complete copy, and no half-made one is left.
    const [first, second] = await Promise.all([stagedForEveryone(binaries, join(outside, 'binaries')), stagedForEveryone(binaries, join(outside, 'binaries'))]);
    expect(second).toEqual(first);
    expect(await readdir(join(outside, 'binaries'))).toEqual([binaries.version]);
    const dataDir = await mkdtemp(join(tmpdir(), 'msp-atlas-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freeLoopbackPort(),
      persistent: false,
      binaries,
      stagingRoot: join(outside, 'binaries'),
    });
    try {
      expect(await queryOne(server.url, 'select current_setting($1) as value', ['server_encoding'])).toBe('UTF8');
    } finally {
      await server.stop();
    }
    await expect(stat(dataDir)).rejects.toThrow();
    expect((await stat(join(outside, 'binaries', binaries.version, 'bin', 'postgres'))).mode & 0o755).toBe(0o755);
  });

  it("keeps `npm start`'s data across restarts, outside the checkout, linked from its data folder", async () => {
    const dataFolder = join(checkout, '.data');
    const clustersRoot = join(outside, 'clusters');
    const clusterDir = await clusterDirIn(dataFolder, clustersRoot);
    expect(clusterDir.startsWith(clustersRoot)).toBe(true);
    expect(await readlink(join(dataFolder, 'postgres'))).toBe(clusterDir);
    const start = async () =>
      startEmbeddedPostgres({
        dataDir: await clusterDirIn(dataFolder, clustersRoot),
        port: await freeLoopbackPort(),
        persistent: true,
        binaries,
        stagingRoot: join(outside, 'binaries'),
      });

    const first = await start();
    await queryOne(first.url, 'create table kept as select 42 as value');
    await first.stop();
    const second = await start();
    try {
      expect(await queryOne(second.url, 'select value from kept')).toBe(42);
    } finally {
      await second.stop();
    }
  });

  it('stops at once, naming the directory, when user postgres cannot reach the data directory', async () => {
    const started = Date.now();
    const unreachable = join(checkout, 'data');
    await expect(
      startEmbeddedPostgres({ dataDir: unreachable, port: await freeLoopbackPort(), persistent: false, binaries, stagingRoot: join(outside, 'binaries') }),
    ).rejects.toThrow(`runs as user postgres, who cannot enter ${unreachable}`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

async function queryOne(url: string, text: string, values: unknown[] = []): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(text, values);
    return rows[0]?.value;
  } finally {
    await client.end();
  }
}
