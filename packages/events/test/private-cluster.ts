import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freeLoopbackPort, startEmbeddedPostgres } from '@msp-atlas/postgres-server';
import type { TestDatabase } from '@msp-atlas/test-harness';

/**
 * A PostgreSQL server of its own for tests that watch cluster-wide state (transaction
 * ids): on the shared server, other test files and other people write all the time.
 * Autovacuum is off, since an automatic ANALYZE takes a transaction id too.
 */
export async function startPrivateCluster(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'msp-atlas-events-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freeLoopbackPort(), persistent: false });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query('alter system set autovacuum = off');
    await admin.query('select pg_reload_conf()');
  } finally {
    await admin.end();
  }
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
