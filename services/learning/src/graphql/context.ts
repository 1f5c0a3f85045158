import { Viewer, type ViewerContext } from '@msp-atlas/access';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface LearningContext extends ViewerContext {
  db: Db;
  loaders: Loaders;
}

/** Per request: the caller as the gateway verified them, and loaders that batch for them. */
export function createContext(db: Db, identity: GatewayIdentity): LearningContext {
  const viewer = new Viewer(identity);
  return { db, viewer, loaders: createLoaders(db, viewer) };
}
