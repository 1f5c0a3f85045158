export { GrantRole, grantsOf, parseGrants, type Grant } from './grant.js';
export {
  ANONYMOUS,
  IDENTITY_VERSION,
  accountIdentity,
  decodeIdentity,
  encodeIdentity,
  type GatewayIdentity,
  type IdentityCredential,
  type IdentityDetails,
} from './identity.js';
export { IDENTITY_HEADER, PROOF_HEADER } from './proof.js';
export { signGatewayRequest, type SignOptions } from './sign.js';
export { verifyGatewayRequest, type VerifyOptions, type VerifyResult } from './verify.js';
export { ACCESS_FEED_PATH, parseAccessFeedPage, type AccessChange, type AccessFeedPage } from './access-feed.js';
export { PROVIDER_ACCOUNT_PATH, parseProviderAccount, type ProviderAccount, type ProviderClaims } from './provider-account.js';
export { ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_JWKS_PATH, type AccessTokenClaims } from './access-token.js';
