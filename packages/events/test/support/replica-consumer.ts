import { sql, type Transaction } from '@msp-atlas/db';
import type { StoredEvent } from '../../src/index.js';

export const replicaOptions = { batchSize: 10, leaseTtlMs: 1_000, pollIntervalMs: 100 };

/**
 * Counts how often each event is applied, in the batch's transaction: exactly once means
 * one application per event whatever happens to the replicas.
 */
export const replicaDefinition = {
  name: 'replicas',
  handle: async (trx: Transaction<any>, event: StoredEvent) => {
    await new Promise((resolve) => setTimeout(resolve, 3)); // so a kill lands inside a batch
    await sql`insert into some_service.applications (seq, times) values (${event.seq}, 1)
      on conflict (seq) do update set times = applications.times + 1`.execute(trx);
  },
  clearProjection: async (trx: Transaction<any>) => {
    await sql`delete from some_service.applications`.execute(trx);
  },
};
