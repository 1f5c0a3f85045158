import { ACCESS_TOKEN_JWKS_PATH } from '@msp-atlas/gateway-trust';
import type { Logger } from '@msp-atlas/service-runtime';
import type { JWTVerifyGetKey } from 'jose';
import { AccessFeed } from './access-feed.js';
import { AccountsClient } from './accounts-client.js';
import { Authenticator } from './authenticator.js';
import { LocalTokenVerifier } from './local-tokens.js';
import { OidcTokens, type OidcSettings } from './oidc-tokens.js';
import { ProviderAccounts } from './provider-accounts.js';

/** Where the accounts service listens and what the gateway needs to check its tokens. */
export interface GatewayAccountsOptions {
  /** The accounts subgraph's GraphQL URL; its JWKS and access feed are on the same origin. */
  url: string;
  /** How often the access feed is read (ms). */
  feedIntervalMs?: number;
  /** Without a good read of the feed for this long (ms), tokens are refused with SERVICE_UNAVAILABLE. */
  feedStaleAfterMs?: number;
  /** Trust an OpenID Connect provider's tokens as well; `keys` replaces fetching its JWKS (tests). */
  oidc?: OidcSettings & { keys?: JWTVerifyGetKey };
}

/** The authenticator and the access feed it reads, started once per gateway. */
export async function startAuthentication(options: GatewayAccountsOptions & { gatewaySecret: string; logger: Logger }) {
  const client = new AccountsClient(options.url, options.gatewaySecret);
  const feed = new AccessFeed({
    client,
    logger: options.logger,
    intervalMs: options.feedIntervalMs,
    staleAfterMs: options.feedStaleAfterMs,
  });
  await feed.start();
  const oidc = options.oidc ? { tokens: new OidcTokens(options.oidc, options.oidc.keys), accounts: new ProviderAccounts(client) } : undefined;
  const authenticator = new Authenticator({ localTokens: new LocalTokenVerifier(client.urlOf(ACCESS_TOKEN_JWKS_PATH)), feed, oidc });
  return { authenticator, feed };
}
