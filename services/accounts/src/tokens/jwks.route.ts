import { ACCESS_TOKEN_JWKS_PATH } from '@msp-atlas/gateway-trust';
import { exportJWK } from 'jose';
import type { RouteHandler } from '@msp-atlas/service-runtime';
import { writeJson } from '../internal/internal-route.js';
import type { SigningKey } from './signing-key.js';

/**
 * The public half of the signing key as a JSON Web Key Set: what the gateway (or any
 * router with JWT authentication) verifies the access tokens with. Public by nature,
 * so no gateway proof is asked for.
 */
export async function jwksRoute(key: SigningKey): Promise<RouteHandler> {
  const jwk = { ...(await exportJWK(key.publicKey)), kid: key.keyId, alg: 'EdDSA', use: 'sig' };
  const body = { keys: [jwk] };
  return (request, response, url) => {
    if (url.pathname !== ACCESS_TOKEN_JWKS_PATH || request.method !== 'GET') return false;
    return writeJson(response, { status: 200, body });
  };
}
