import { Viewer, type ViewerContext } from '@msp-atlas/access';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface HealthContext extends ViewerContext {
  db: Db;
  loaders: Loaders;
  /** Resolves once the projection has taken in the events committed before this request (bounded), to whether it runs: see caught-up.ts. */
  caughtUp: () => Promise<boolean>;
}

/** Per request: the caller as the gateway verified them, loaders that batch for them, and one wait for the projection. */
export function createContext(db: Db, identity: GatewayIdentity, caughtUp: () => Promise<boolean>): HealthContext {
  const viewer = new Viewer(identity);
  let waited: Promise<boolean> | null = null;
  return { db, viewer, loaders: createLoaders(db), caughtUp: () => (waited ??= caughtUp()) };
}
