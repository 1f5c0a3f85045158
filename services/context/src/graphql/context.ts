import type { EventConsumer } from '@msp-atlas/events';
import type { Db } from '../database.js';

/** Named apart from the service: "context" here is GraphQL's per-request context. */
export interface ContextServiceContext {
  db: Db;
  partnershipIndexConsumer: EventConsumer;
}

export function createContext(db: Db, partnershipIndexConsumer: EventConsumer): ContextServiceContext {
  return { db, partnershipIndexConsumer };
}
