import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { SigningKey } from './signing-key.js';

/** `iss` and `aud` of the tokens the gateway issues itself. */
export const LOCAL_ISSUER = 'msp-atlas';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface LocalTokenClaims {
  accountId: string;
  sessionId: string;
}

/** Short-lived access tokens naming an account and its session (which sign-out revokes). */
export class LocalTokens {
  constructor(
    private readonly key: SigningKey,
    private readonly ttlSeconds: number,
  ) {}

  async issue(claims: LocalTokenClaims, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.keyId, typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_ISSUER)
      .setSubject(claims.accountId)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key.privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a token this gateway signed and that has not expired; throws otherwise. */
  async verify(token: string): Promise<LocalTokenClaims> {
    const { payload } = await jwtVerify(token, this.key.publicKey, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_ISSUER,
      algorithms: ['EdDSA'],
      requiredClaims: ['sub', 'exp', 'sid'],
    });
    if (typeof payload.sid !== 'string' || !payload.sub) throw new Error('token without account or session');
    return { accountId: payload.sub, sessionId: payload.sid };
  }
}
