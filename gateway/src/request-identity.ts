import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';

/** What the gateway's request context carries for the subgraph requests it makes. */
export interface IdentityContext {
  identity?: GatewayIdentity;
}

/**
 * Who is calling. Everyone is anonymous until authentication comes (issue 3); the
 * identity never comes from a client's header, only from what the gateway verified.
 */
export function authenticate(_request: IncomingMessage): GatewayIdentity {
  return ANONYMOUS;
}

/** The identity in a request context; anonymous when there is none (health checks, schema loading). */
export function identityOf(context: IdentityContext | undefined): GatewayIdentity {
  return context?.identity ?? ANONYMOUS;
}
