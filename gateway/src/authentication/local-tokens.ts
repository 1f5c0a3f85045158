import { ACCESS_TOKEN_ISSUER, parseGrants, type AccessTokenClaims } from '@msp-atlas/gateway-trust';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Verifies the platform's own access tokens with the public key only. The key set is
 * fetched from the accounts service's JWKS at the first token and again when a token
 * names a key id it does not hold (a rotated key), at most every 30 s; a key once
 * fetched is kept, so tokens keep verifying while the accounts service is away.
 */
export class LocalTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(jwksUrl: URL, keys?: JWTVerifyGetKey) {
    this.keys = keys ?? createRemoteJWKSet(jwksUrl, { timeoutDuration: 2_000, cooldownDuration: 30_000, cacheMaxAge: Infinity });
  }

  /** The claims of a valid, unexpired token; throws otherwise (`JWTExpired` for an expired one). */
  async verify(token: string): Promise<AccessTokenClaims> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_ISSUER,
      algorithms: ['EdDSA'],
      requiredClaims: ['sub', 'exp', 'iat', 'sid', 'email', 'grants'],
    });
    const grants = parseGrants(payload.grants);
    if (typeof payload.sid !== 'string' || typeof payload.email !== 'string' || !payload.sub || payload.iat === undefined || !grants) {
      throw new Error('token without account, session, e-mail, issue time or grants');
    }
    return { accountId: payload.sub, sessionId: payload.sid, email: payload.email, grants, issuedAt: payload.iat };
  }
}
