import { ACCESS_TOKEN_ISSUER, accountIdentity, type Grant } from '@msp-atlas/gateway-trust';
import { decodeJwt } from 'jose';
import type { AccessFeed } from './access-feed.js';
import { accountsUnavailable, invalidToken } from './authentication-errors.js';
import { ANONYMOUS_CALLER, type Caller } from './credential.js';
import type { LocalTokenVerifier } from './local-tokens.js';
import type { OidcTokens } from './oidc-tokens.js';
import type { ProviderAccounts } from './provider-accounts.js';

export interface AuthenticatorOptions {
  localTokens: LocalTokenVerifier;
  feed: AccessFeed;
  oidc?: { tokens: OidcTokens; accounts: ProviderAccounts };
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/**
 * Turns the `Authorization` header into the caller: anonymous without one, an error
 * for a bad one. No database: the token carries the identity, the access feed says
 * which sessions ended and whose roles changed since.
 */
export class Authenticator {
  constructor(private readonly options: AuthenticatorOptions) {}

  async authenticate(authorization: string | undefined): Promise<Caller> {
    if (authorization === undefined || authorization === '') return ANONYMOUS_CALLER;
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw invalidToken('expected "Authorization: Bearer <token>"');
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw invalidToken('not a JWT');
    }
    if (issuer !== ACCESS_TOKEN_ISSUER && issuer !== this.options.oidc?.tokens.settings.issuer) throw invalidToken('unknown issuer');
    // Fail closed: without recent news of sign-outs a revoked token could pass.
    if (!this.options.feed.isCurrent) throw accountsUnavailable();
    return issuer === ACCESS_TOKEN_ISSUER ? this.localCaller(token) : this.providerCaller(token);
  }

  private async localCaller(token: string): Promise<Caller> {
    const claims = await this.options.localTokens.verify(token).catch((error: Error) => {
      if (error.name === 'JWTExpired') throw invalidToken('it has expired');
      // No key yet and none to be fetched: the token may well be good.
      if (error.name === 'JWKSTimeout' || error.name === 'TypeError' || error.message.startsWith('Expected 200 OK')) throw accountsUnavailable();
      throw invalidToken('bad signature or claims');
    });
    if (this.options.feed.isSessionEnded(claims.sessionId)) throw invalidToken('the session has ended');
    return {
      identity: accountIdentity(claims.accountId, {
        email: claims.email,
        grants: this.currentGrants(claims.accountId, claims.grants, claims.issuedAt),
        credential: { kind: 'session', sessionId: claims.sessionId },
      }),
    };
  }

  private async providerCaller(token: string): Promise<Caller> {
    const { oidc } = this.options;
    if (!oidc) throw invalidToken('unknown issuer');
    const { tokens, accounts } = oidc;
    const claims = await tokens.verify(token).catch((error: Error) => {
      throw invalidToken(error.name === 'JWTExpired' ? 'it has expired' : 'the provider did not sign it for this platform');
    });
    if (claims.tokenId && this.options.feed.isTokenRevoked(claims.tokenId)) throw invalidToken('it was signed out');
    const account = await accounts.accountFor(claims).catch((error: unknown) => {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED') throw error;
      throw accountsUnavailable();
    });
    return {
      identity: accountIdentity(account.accountId, {
        email: account.email,
        grants: this.currentGrants(account.accountId, account.grants, account.fetchedAt),
        credential: { kind: 'provider', tokenId: claims.tokenId, expiresAt: claims.expiresAt },
      }),
    };
  }

  /** The grants as known at `knownAt` (unix seconds), unless the feed has newer ones. */
  private currentGrants(accountId: string, grants: readonly Grant[], knownAt: number): readonly Grant[] {
    return this.options.feed.grantsChangedSince(accountId, knownAt) ?? grants;
  }
}
