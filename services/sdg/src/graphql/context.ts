import { Viewer, type ViewerContext } from '@msp-atlas/access';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { RatesTable } from '../sdg-coverage/rates-table.js';
import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface SdgContext extends ViewerContext {
  db: Db;
  loaders: Loaders;
  /** The configured exchange rates into a reporting currency, or null. */
  ratesTable: RatesTable | null;
}

/** Per request: the caller as the gateway verified them, and loaders that batch for them. */
export function createContext(db: Db, identity: GatewayIdentity, ratesTable: RatesTable | null): SdgContext {
  const viewer = new Viewer(identity);
  return { db, viewer, loaders: createLoaders(db, viewer), ratesTable };
}
