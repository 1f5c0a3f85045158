import type { Viewer, ViewerContext } from '@msp-atlas/access';
import type DataLoader from 'dataloader';
import type { AccountWithRoles } from './account/account.repository.js';
import type { Caller } from './authentication/credential.js';
import type { AccountsServices } from './accounts-services.js';

/** What the accounts subgraph's resolvers get for one request. */
export interface AccountsContext extends ViewerContext {
  viewer: Viewer;
  caller: Caller;
  clientAddress: string;
  services: AccountsServices;
  accountLoader: DataLoader<string, AccountWithRoles | null>;
  /** Sign-in attempts in this request: one operation may carry only one. */
  signInAttempts: { count: number };
}
