import type { Grant } from './grant.js';

/**
 * The platform's own access tokens, as the accounts service issues them and the
 * gateway verifies them: EdDSA JWTs with `iss` and `aud` both `msp-atlas`, `sub` the
 * account, `sid` its session, and the identity the gateway forwards (`email`,
 * `grants`). Tokens without `grants` (before roles became grants) are refused.
 */
export const ACCESS_TOKEN_ISSUER = 'msp-atlas';

export interface AccessTokenClaims {
  accountId: string;
  sessionId: string;
  email: string;
  grants: Grant[];
  /** Unix seconds; a role change after it overrides the token's grants. */
  issuedAt: number;
}

/** Where the accounts service publishes the public keys of its tokens (a JSON Web Key Set). */
export const ACCESS_TOKEN_JWKS_PATH = '/.well-known/jwks.json';
