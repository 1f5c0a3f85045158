export { ANONYMOUS, accountIdentity, decodeIdentity, encodeIdentity, type GatewayIdentity } from './identity.js';
export { IDENTITY_HEADER, PROOF_HEADER } from './proof.js';
export { signGatewayRequest, type SignOptions } from './sign.js';
export { verifyGatewayRequest, type VerifyOptions, type VerifyResult } from './verify.js';
