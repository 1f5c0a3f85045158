import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { Caller } from './authentication/credential.js';

/** What the gateway's request context carries for the subgraph requests it makes. */
export interface IdentityContext {
  /** Whom the gateway verified (see authentication/); its identity goes, signed, to every subgraph. */
  caller?: Caller;
  clientAddress?: string;
  /** Set when the accounts subgraph ran a mutation: the response waits for the access feed to catch up. */
  accountsChanged?: boolean;
}

/** The identity in a request context; anonymous when there is none (health checks, schema loading). */
export function identityOf(context: IdentityContext | undefined): GatewayIdentity {
  return context?.caller?.identity ?? ANONYMOUS;
}
