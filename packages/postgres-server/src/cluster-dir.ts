import { lstat, mkdir, mkdtemp, readlink, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Where root keeps clusters: outside any checkout, under directories user postgres may enter. */
const DEFAULT_CLUSTERS_ROOT = '/var/lib/msp-atlas/postgres';

/**
 * The cluster directory that belongs to a data folder (`npm start`'s `.data`). For an
 * ordinary user it is the folder's `postgres` subdirectory. As root the data folder may
 * be private to root, where user postgres cannot enter, so the cluster lives under
 * `clustersRoot` and `<dataDir>/postgres` is a link to it: restarts find it again, and
 * removing the data folder starts afresh, as it does for an ordinary user.
 */
export async function clusterDirIn(dataDir: string, clustersRoot = DEFAULT_CLUSTERS_ROOT): Promise<string> {
  const link = join(dataDir, 'postgres');
  if (process.getuid?.() !== 0) return link;
  const existing = await lstat(link).catch(() => null);
  if (existing?.isSymbolicLink()) return resolve(dataDir, await readlink(link));
  // A cluster made inside the data folder before (a checkout everyone may enter) stays there.
  if (existing) return link;
  await mkdir(clustersRoot, { recursive: true, mode: 0o755 });
  const cluster = await mkdtemp(join(clustersRoot, `${basename(dirname(resolve(dataDir)))}-`));
  await mkdir(dataDir, { recursive: true });
  await symlink(cluster, link);
  return cluster;
}
