import { encodeIdentity, type GatewayIdentity } from './identity.js';
import { IDENTITY_HEADER, PROOF_HEADER, PROOF_VERSION, proofSignature } from './proof.js';

export interface SignOptions {
  secret: string;
  identity: GatewayIdentity;
  now?: Date;
}

/** The headers the gateway adds to every subgraph request. */
export function signGatewayRequest(options: SignOptions): Record<typeof IDENTITY_HEADER | typeof PROOF_HEADER, string> {
  const timestamp = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const identityHeader = encodeIdentity(options.identity);
  return {
    [IDENTITY_HEADER]: identityHeader,
    [PROOF_HEADER]: `${PROOF_VERSION}.${timestamp}.${proofSignature(options.secret, timestamp, identityHeader)}`,
  };
}
