import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_ISSUER, type Grant } from '@msp-atlas/gateway-trust';
import { SignJWT } from 'jose';
import type { SigningKey } from './signing-key.js';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface LocalTokenClaims {
  accountId: string;
  sessionId: string;
  email: string;
  grants: readonly Grant[];
}

/**
 * Short-lived access tokens naming an account, its session (which sign-out ends) and
 * the identity the gateway forwards, so the gateway needs no database to verify them.
 */
export class LocalTokens {
  constructor(
    readonly key: SigningKey,
    readonly ttlSeconds: number,
  ) {}

  /** When a token issued now expires: how long a change must be remembered to reach every current token. */
  lastExpiryFromNow(): Date {
    return new Date(Date.now() + this.ttlSeconds * 1000);
  }

  async issue(claims: LocalTokenClaims, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sessionId, email: claims.email, grants: claims.grants })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.keyId, typ: 'JWT' })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_ISSUER)
      .setSubject(claims.accountId)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key.privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }
}
