import { accountIdentity, ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { AccountWithRoles } from '../account/account.repository.js';

/** What the caller proved itself with: sign-out ends exactly that. */
export type Credential =
  | { kind: 'anonymous' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'external'; tokenId: string | null; expiresAt: Date };

/** Who is calling, as the gateway verified it. */
export interface Caller {
  identity: GatewayIdentity;
  credential: Credential;
}

export const ANONYMOUS_CALLER: Caller = Object.freeze({ identity: ANONYMOUS, credential: { kind: 'anonymous' } as const });

export function identityOfAccount(account: AccountWithRoles): GatewayIdentity {
  return accountIdentity(account.id, { email: account.email, admin: account.is_admin, curatorCountries: account.curator_countries });
}
