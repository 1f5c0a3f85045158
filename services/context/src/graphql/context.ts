import type { EventConsumer } from '@msp-atlas/events';
import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Named apart from the service: "context" here is GraphQL's per-request context. */
export interface ContextServiceContext {
  db: Db;
  partnershipIndexConsumer: EventConsumer;
  loaders: Loaders;
}

export function createContext(db: Db, partnershipIndexConsumer: EventConsumer): ContextServiceContext {
  return { db, partnershipIndexConsumer, loaders: createLoaders(db) };
}
