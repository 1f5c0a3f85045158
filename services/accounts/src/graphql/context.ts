import { Viewer, type ViewerContext } from '@msp-atlas/access';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import type DataLoader from 'dataloader';
import { createAccountLoader } from '../account/account.loader.js';
import type { AccountWithRoles } from '../account/account.repository.js';
import type { AccountsServices } from '../accounts-services.js';

/** What the accounts subgraph's resolvers get for one request. */
export interface AccountsContext extends ViewerContext {
  viewer: Viewer;
  /** As the gateway forwarded it, with the credential sign-out ends. */
  identity: GatewayIdentity;
  services: AccountsServices;
  accountLoader: DataLoader<string, AccountWithRoles | null>;
  /** Sign-in attempts in this request: one operation may carry only one. */
  signInAttempts: { count: number };
}

export function createContext(services: AccountsServices, identity: GatewayIdentity): AccountsContext {
  return {
    viewer: new Viewer(identity),
    identity,
    services,
    accountLoader: createAccountLoader(services.db),
    signInAttempts: { count: 0 },
  };
}
