import { inject } from 'vitest';
import './provided-context.js';

/** The server the global set-up chose; only valid inside a test run. */
export function adminDatabaseUrl(): string {
  return inject('adminDatabaseUrl');
}

/** This run's mark in the names of the databases it creates. */
export function testRunId(): string {
  return inject('testRunId');
}
