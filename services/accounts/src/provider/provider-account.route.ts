import { PROVIDER_ACCOUNT_PATH, type ProviderAccount, type ProviderClaims } from '@msp-atlas/gateway-trust';
import { readBody, type RouteHandler } from '@msp-atlas/service-runtime';
import { findAccountWithRoles } from '../account/account.repository.js';
import { grantsOfAccount } from '../account/account-grants.js';
import type { IdentityDb } from '../database.js';
import { internalRoute } from '../internal/internal-route.js';
import { accountForProvider } from './provider-accounts.js';

/** `POST /internal/provider-accounts` with claims the gateway verified: the account and its grants. */
export function providerAccountRoute(db: IdentityDb, gatewaySecret: string, firstAdminEmail?: string): RouteHandler {
  return internalRoute('POST', PROVIDER_ACCOUNT_PATH, gatewaySecret, async (request) => {
    const claims = parseClaims(await readBody(request, 10_000).catch(() => ''));
    if (!claims) return { status: 400, body: { error: 'Expected { issuer, subject, email, name }' } };
    const accountId = await accountForProvider(db, claims, firstAdminEmail);
    if (!accountId) return { status: 422, body: { error: 'the provider did not confirm an e-mail address' } };
    const account = await findAccountWithRoles(db, accountId);
    if (!account) return { status: 422, body: { error: 'the account no longer exists' } };
    return { status: 200, body: { accountId, email: account.email, grants: grantsOfAccount(account) } satisfies ProviderAccount };
  });
}

function parseClaims(text: string): ProviderClaims | null {
  try {
    const { issuer, subject, email, name } = JSON.parse(text) as Record<string, unknown>;
    if (typeof issuer !== 'string' || typeof subject !== 'string' || issuer === '' || subject === '') return null;
    if (email !== null && typeof email !== 'string') return null;
    if (name !== null && typeof name !== 'string') return null;
    return { issuer, subject, email, name };
  } catch {
    return null;
  }
}
