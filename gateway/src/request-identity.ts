import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import type { Caller } from './accounts/authentication/credential.js';

/** What the gateway's request context carries for the subgraph requests it makes. */
export interface IdentityContext {
  /** Whom the gateway verified (see accounts/authentication); its identity goes, signed, to every subgraph. */
  caller?: Caller;
  clientAddress?: string;
  /** State the in-process accounts subgraph keeps across the fetches of one request. */
  accountsRequestState?: unknown;
}

/** The identity in a request context; anonymous when there is none (health checks, schema loading). */
export function identityOf(context: IdentityContext | undefined): GatewayIdentity {
  return context?.caller?.identity ?? ANONYMOUS;
}
