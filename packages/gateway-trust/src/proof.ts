import { createHmac } from 'node:crypto';

export const IDENTITY_HEADER = 'x-msp-identity';
export const PROOF_HEADER = 'x-msp-gateway-proof';

// The version goes into the signed text too, so a later format cannot be replayed as this one.
export const PROOF_VERSION = 'v1';

/** Hex HMAC-SHA256 over `v1.<unix seconds>.<identity header>`. */
export function proofSignature(secret: string, timestamp: number, identityHeader: string): string {
  if (secret === '') throw new Error('The gateway secret must not be empty');
  return createHmac('sha256', secret).update(`${PROOF_VERSION}.${timestamp}.${identityHeader}`).digest('hex');
}
