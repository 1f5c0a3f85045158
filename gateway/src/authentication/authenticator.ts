import { decodeJwt } from 'jose';
import type { AccountWithRoles } from '../account/account.repository.js';
import { findAccountWithRoles } from '../account/account.repository.js';
import type { IdentityDb } from '../database.js';
import { findLiveSessionAccount, isExternalTokenRevoked } from '../session/session.repository.js';
import { LOCAL_ISSUER, type LocalTokens } from '../tokens/local-tokens.js';
import type { OidcTokens } from '../tokens/oidc-tokens.js';
import { invalidToken } from './authentication-errors.js';
import { ANONYMOUS_CALLER, identityOfAccount, type Caller } from './credential.js';
import { accountForProvider } from './provider-accounts.js';
import { TtlCache } from './ttl-cache.js';

export interface AuthenticatorOptions {
  db: IdentityDb;
  localTokens: LocalTokens;
  oidc?: OidcTokens;
  firstAdminEmail?: string;
  /** How long a verified session's account and roles are reused; 0 checks the database on every request. */
  cacheTtlMs?: number;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** Turns the `Authorization` header into the caller: anonymous without one, an error for a bad one. */
export class Authenticator {
  private readonly accounts: TtlCache<AccountWithRoles | null>;
  // Provider tokens known not to be signed out: spares the revocation look-up per request.
  private readonly liveTokens: TtlCache<true>;

  constructor(private readonly options: AuthenticatorOptions) {
    this.accounts = new TtlCache(options.cacheTtlMs ?? 5_000);
    this.liveTokens = new TtlCache(options.cacheTtlMs ?? 5_000);
  }

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
    if (issuer === LOCAL_ISSUER) return this.localCaller(token);
    if (this.options.oidc && issuer === this.options.oidc.settings.issuer) return this.providerCaller(token);
    throw invalidToken('unknown issuer');
  }

  /** Sign-out: the session's tokens stop working here at once. */
  forgetSession(sessionId: string): void {
    this.accounts.delete(`session:${sessionId}`);
  }

  /** A provider token was signed out: it stops working here at once. */
  forgetProviderToken(tokenId: string): void {
    this.liveTokens.delete(tokenId);
  }

  /** Roles changed: no cached identity may keep the old ones. */
  forgetAll(): void {
    this.accounts.clear();
  }

  private async localCaller(token: string): Promise<Caller> {
    const claims = await this.options.localTokens.verify(token).catch((error: Error) => {
      throw invalidToken(error.name === 'JWTExpired' ? 'it has expired' : 'bad signature or claims');
    });
    const key = `session:${claims.sessionId}`;
    let account = this.accounts.get(key);
    if (account === undefined) {
      account = (await findLiveSessionAccount(this.options.db, claims.sessionId)) ?? null;
      this.accounts.set(key, account);
    }
    if (!account || account.id !== claims.accountId) throw invalidToken('the session has ended');
    return { identity: identityOfAccount(account), credential: { kind: 'session', sessionId: claims.sessionId } };
  }

  private async providerCaller(token: string): Promise<Caller> {
    const claims = await this.options.oidc!.verify(token).catch((error: Error) => {
      throw invalidToken(error.name === 'JWTExpired' ? 'it has expired' : 'the provider did not sign it for this platform');
    });
    if (claims.tokenId && !this.liveTokens.get(claims.tokenId)) {
      if (await isExternalTokenRevoked(this.options.db, claims.tokenId)) throw invalidToken('it was signed out');
      this.liveTokens.set(claims.tokenId, true);
    }
    const key = `external:${claims.subject}`;
    let account = this.accounts.get(key);
    if (!account) {
      const accountId = await accountForProvider(this.options.db, claims, this.options.firstAdminEmail);
      account = (await findAccountWithRoles(this.options.db, accountId)) ?? null;
      this.accounts.set(key, account);
    }
    if (!account) throw invalidToken('the account no longer exists');
    return { identity: identityOfAccount(account), credential: { kind: 'external', tokenId: claims.tokenId, expiresAt: claims.expiresAt } };
  }
}
