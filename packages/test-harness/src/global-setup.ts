import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freeLoopbackPort, startEmbeddedPostgres } from '@msp-atlas/postgres-server';
import { dropRunDatabases } from './run-databases.js';
import './provided-context.js';

/**
 * Gives a test run one PostgreSQL server: the one DATABASE_URL names, or else a
 * throw-away embedded server. Test files create their own databases on it.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('adminDatabaseUrl', configured);
    return () => dropRunDatabases(configured, runId);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'msp-atlas-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freeLoopbackPort(), persistent: false });
  project.provide('adminDatabaseUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
