import { chmod, cp, lstat, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries.js';

/**
 * Where root keeps the copies of the binaries that user `postgres` runs: outside any
 * checkout (which may be private to root), owned by root, readable by everyone.
 */
const DEFAULT_STAGING_ROOT = '/var/cache/msp-atlas/postgres-binaries';

/**
 * A copy of the binaries every user can run. Named by version, so it is made once per
 * build; made under a temporary name and renamed into place, so a concurrent run either
 * sees the whole copy or none and the loser of a race simply uses the winner's.
 */
export async function stagedForEveryone(binaries: PostgresBinaries, stagingRoot = DEFAULT_STAGING_ROOT): Promise<PostgresBinaries> {
  const staged = { ...binaries, dir: join(stagingRoot, binaries.version) };
  if (await isDirectory(staged.dir)) return staged;
  await mkdir(stagingRoot, { recursive: true, mode: 0o755 });
  await refuseIfOthersMayWrite(stagingRoot);
  const partial = await mkdtemp(join(stagingRoot, `.${binaries.version}-`));
  try {
    await cp(binaries.dir, partial, { recursive: true, verbatimSymlinks: true });
    await openForReading(partial);
    await rename(partial, staged.dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (!(await isDirectory(staged.dir))) throw error;
  }
  return staged;
}

// Someone else able to write here could swap the binaries user postgres runs.
async function refuseIfOthersMayWrite(dir: string): Promise<void> {
  const { uid, mode } = await stat(dir);
  if (uid !== 0 || (mode & 0o022) !== 0) {
    throw new Error(`${dir} must be owned by root and writable by root only (it holds the PostgreSQL binaries user postgres runs); fix or remove it.`);
  }
}

// npm may have unpacked the package under a strict umask; user postgres must read it all.
async function openForReading(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await openForReading(path);
    else if (entry.isFile()) await chmod(path, ((await lstat(path)).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );
}
