import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';

/** Who is calling, as the gateway verified it; the identity names the credential sign-out ends. */
export interface Caller {
  identity: GatewayIdentity;
}

export const ANONYMOUS_CALLER: Caller = Object.freeze({ identity: ANONYMOUS });
