import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { bearerClient, type Platform, startPlatform } from '../../src/testing/index.js';

const ISSUER = 'https://id.example.test/realms/msp';
const AUDIENCE = 'msp-atlas-web';

// A stand-in identity provider: a key pair made here and its JWKS on a loopback port.
let providerKey: CryptoKey;
let jwksServer: Server;
let jwksRequests = 0;
let platform: Platform;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  providerKey = pair.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'provider-key-1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_request, response) => {
    jwksRequests += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/protocol/openid-connect/certs`;
  platform = await startPlatform({
    accountsOptions: { oidc: { issuer: ISSUER, jwksUrl, audience: AUDIENCE }, firstAdmin: { email: 'chief@example.test' } },
  });
});
afterAll(async () => {
  await platform.stop();
  await new Promise((resolve) => jwksServer.close(resolve));
});

let sequence = 0;
async function providerToken(claims: Record<string, unknown> = {}, options: { key?: CryptoKey; audience?: string; issuer?: string } = {}) {
  sequence += 1;
  return new SignJWT({ email: `oidc-user-${sequence}@example.test`, email_verified: true, name: `Provider User ${sequence}`, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject(String(claims.sub ?? `subject-${sequence}`))
    .setJti(`token-${sequence}`)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(options.key ?? providerKey);
}

describe('an OpenID Connect provider', () => {
  it('signs a user in with the provider token, fetching its key set, and keeps the account on later tokens', async () => {
    const token = await providerToken({ sub: 'user-42', email: 'Grace@Example.test', name: 'Grace' });
    const viewer = dataOf(await bearerClient(platform.gatewayUrl, token)('{ viewer { id name email isAdmin } }')).viewer;
    expect(viewer).toMatchObject({ name: 'Grace', email: 'grace@example.test', isAdmin: false });
    expect(jwksRequests).toBeGreaterThan(0);

    const later = await providerToken({ sub: 'user-42', email: 'grace@example.test' });
    expect(dataOf(await bearerClient(platform.gatewayUrl, later)('{ viewer { id } }')).viewer.id).toBe(viewer.id);
  });

  it('makes the configured first admin an administrator on first sign-in', async () => {
    const token = await providerToken({ sub: 'chief', email: 'chief@example.test' });
    expect(dataOf(await bearerClient(platform.gatewayUrl, token)('{ viewer { isAdmin } }')).viewer.isAdmin).toBe(true);
  });

  it('refuses tokens with another key, audience or issuer, and unverified e-mail addresses', async () => {
    const stranger = await generateKeyPair('RS256');
    const tokens = [
      await providerToken({}, { key: stranger.privateKey }),
      await providerToken({}, { audience: 'another-client' }),
      await providerToken({}, { issuer: 'https://evil.example.test' }),
      await providerToken({ email_verified: false }),
    ];
    for (const token of tokens) {
      expect(errorOf(await bearerClient(platform.gatewayUrl, token)('{ viewer { id } }')).code).toBe('UNAUTHENTICATED');
    }
  });

  it('signOut blocks that provider token until it expires', async () => {
    const token = await providerToken();
    const client = bearerClient(platform.gatewayUrl, token);
    expect(dataOf(await client('mutation { signOut { signedOut } }')).signOut.signedOut).toBe(true);
    expect(errorOf(await client('{ viewer { id } }')).code).toBe('UNAUTHENTICATED');
    expect(dataOf(await bearerClient(platform.gatewayUrl, await providerToken())('{ viewer { id } }')).viewer.id).toBeTruthy();
  });
});
