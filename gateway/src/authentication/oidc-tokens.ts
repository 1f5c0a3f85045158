import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

export interface OidcSettings {
  issuer: string;
  jwksUrl: string;
  /** The client id the provider puts in `aud` for this platform. */
  audience: string;
}

export interface OidcClaims {
  issuer: string;
  subject: string;
  /** Only a provider-verified address: invitations are matched by e-mail. */
  email: string | null;
  name: string | null;
  tokenId: string | null;
  expiresAt: Date;
}

/**
 * Verifies access or ID tokens of an OpenID Connect provider against its published
 * key set (fetched and cached by jose, refreshed when an unknown key id appears).
 */
export class OidcTokens {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    readonly settings: OidcSettings,
    keys?: JWTVerifyGetKey,
  ) {
    this.keys = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  }

  async verify(token: string): Promise<OidcClaims> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      // Asymmetric algorithms only: an HMAC token could be forged with a public key as secret.
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'],
      requiredClaims: ['sub', 'exp'],
    });
    const email = typeof payload.email === 'string' && payload.email_verified === true ? payload.email.toLowerCase() : null;
    // jwtVerify has checked both claims (requiredClaims); this tells the type.
    if (!payload.sub || payload.exp === undefined) throw new Error('token without subject or expiry');
    return {
      issuer: this.settings.issuer,
      subject: payload.sub,
      email,
      name: typeof payload.name === 'string' ? payload.name : null,
      tokenId: typeof payload.jti === 'string' ? payload.jti : null,
      expiresAt: new Date(payload.exp * 1000),
    };
  }
}
