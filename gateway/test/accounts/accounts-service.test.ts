import { createHmac } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accountIdentity, IDENTITY_HEADER, PROOF_HEADER, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, postGraphql } from '@msp-atlas/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@msp-atlas/test-harness';
import { type Platform, postOperation, type SignedUpAccount, signInAccount, startPlatform } from '../../src/testing/index.js';

const FEED_INTERVAL_MS = 200;
const FEED_STALE_AFTER_MS = 1_500;
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ accountsOptions: { feedIntervalMs: FEED_INTERVAL_MS, feedStaleAfterMs: FEED_STALE_AFTER_MS } });
});
afterAll(() => platform.stop());

const VIEWER = '{ viewer { id } }';
const accountsServiceUrl = () => platform.subgraphUrls.accounts.replace(/\/graphql$/, '');

/** The identity the gateway forwards for the account's token, as another gateway would send it. */
function identityOf(account: SignedUpAccount, details: Partial<GatewayIdentity> = {}): GatewayIdentity {
  const { sid } = JSON.parse(Buffer.from(account.token.split('.')[1]!, 'base64url').toString());
  return accountIdentity(account.id, { email: account.email, credential: { kind: 'session', sessionId: sid }, ...details });
}

/** A mutation sent to the accounts service directly, as if through another gateway: this one learns of it only from the feed. */
function elsewhere(query: string, variables: Record<string, unknown>, identity: GatewayIdentity) {
  return postGraphql(accountsServiceUrl(), query, variables, { gatewaySecret: platform.gatewaySecret, identity });
}

async function forwardedGrants(account: SignedUpAccount) {
  const headers = await platform.requestHeadersOf('partnerships', () => account.graphql('{ partnerships(first: 1) { totalCount } }'));
  return JSON.parse(Buffer.from(headers[0]![IDENTITY_HEADER] as string, 'base64url').toString()).g;
}

describe('the gateway without a database', () => {
  it('has no database code or driver: accounts live in their own service', () => {
    const gatewayDir = resolve(fileURLToPath(import.meta.url), '../../..');
    const manifest = JSON.parse(readFileSync(join(gatewayDir, 'package.json'), 'utf8'));
    for (const driver of ['pg', 'kysely', '@msp-atlas/db']) expect(manifest.dependencies).not.toHaveProperty(driver);
    // src/testing is the platform tests start (the services with their databases), which the gateway never loads.
    const isLauncher = (file: string) => file.startsWith(`testing${sep}`);
    const sources = readdirSync(join(gatewayDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(sources.filter((file) => !isLauncher(file)).length).toBeGreaterThan(20);
    for (const file of sources.filter((file) => !isLauncher(file))) {
      const text = readFileSync(join(gatewayDir, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/from '(pg|kysely|@msp-atlas\/db)'/);
      expect(text, file).not.toMatch(/from '\.{1,2}\/(\.\.\/)*testing\//);
    }
  });

  it('refuses a token within the feed interval after its session ended elsewhere, and goes on deciding alone while accounts are away', async () => {
    const leaving = await platform.signUp();
    const staying = await platform.signUp();
    expect(dataOf(await leaving.graphql(VIEWER)).viewer.id).toBe(leaving.id);
    dataOf(await elsewhere('mutation { signOut { signedOut } }', {}, identityOf(leaving)));
    const signedOutAt = Date.now();
    await waitFor(async () => (await leaving.graphql(VIEWER)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', 2_000);
    expect(Date.now() - signedOutAt).toBeLessThan(FEED_INTERVAL_MS + 500);

    await platform.subgraphs.accounts.stop();
    try {
      // No database and no accounts service: the gateway's own memory refuses the one and accepts the other.
      const refused = await postOperation(platform.gatewayUrl, '{ partnerships(first: 1) { totalCount } }', {}, leaving.token);
      expect(refused.status).toBe(401);
      expect(dataOf(await staying.graphql('{ partnerships(first: 1) { totalCount } }')).partnerships.totalCount).toBeGreaterThanOrEqual(0);
    } finally {
      await platform.subgraphs.accounts.start();
    }
  });

  it('forwards new grants with a token issued before the role change, from the next feed read on', async () => {
    const curator = await platform.signUp();
    const admin = await signInAccount(platform.gatewayUrl, platform.admin.email, platform.admin.password);
    expect(await forwardedGrants(curator)).toEqual([]);
    const adminIdentity = accountIdentity(admin.id, { grants: [{ role: 'admin' }] });
    const APPOINT = `mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id } } }`;
    dataOf(await elsewhere(APPOINT, { input: { email: curator.email, countries: ['KEN'] } }, adminIdentity));
    await waitFor(async () => JSON.stringify(await forwardedGrants(curator)) === JSON.stringify([{ role: 'curator', countries: ['KEN'] }]), 2_000);
  });
});

describe('the accounts service down', () => {
  it('fails sign-in with SERVICE_UNAVAILABLE naming accounts, keeps partnership reads, and refuses tokens only after the staleness bound', async () => {
    const member = await platform.signUp();
    await platform.subgraphs.accounts.stop();
    const stoppedAt = Date.now();
    try {
      const signIn = await platform.graphql(`mutation { signIn(input: { email: "${member.email}", password: "${member.password}" }) { token } }`);
      expect(errorOf(signIn)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { service: 'accounts', reason: 'UNREACHABLE' } });
      expect(dataOf(await platform.graphql('{ partnerships(first: 1) { totalCount } }')).partnerships.totalCount).toBeGreaterThanOrEqual(0);
      // Within the bound a token still works (nothing can be signed out meanwhile through this platform)...
      if (Date.now() - stoppedAt < FEED_STALE_AFTER_MS - 500) dataOf(await member.graphql('{ partnerships(first: 1) { totalCount } }'));
      // ...past it, the gateway no longer vouches for tokens: 503, and the token is not declared bad.
      const READ = '{ partnerships(first: 1) { totalCount } }';
      await waitFor(async () => (await member.graphql(READ)).errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE', FEED_STALE_AFTER_MS + 2_000);
      expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(FEED_STALE_AFTER_MS - FEED_INTERVAL_MS);
      const refused = await postOperation(platform.gatewayUrl, READ, {}, member.token);
      expect(refused.status).toBe(503);
      expect(errorOf(refused.json).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'accounts' });
      expect(dataOf(await platform.graphql('{ partnerships(first: 1) { totalCount } }')).partnerships.totalCount).toBeGreaterThanOrEqual(0);
    } finally {
      await platform.subgraphs.accounts.start();
    }
    await waitFor(async () => (await member.graphql(VIEWER)).data?.viewer?.id === member.id, 3_000);
  });
});

describe('forwarded identities', () => {
  it('are refused by a subgraph in the first format, even when signed with the right secret', async () => {
    const member = await platform.signUp();
    const headers = await platform.requestHeadersOf('partnerships', () => member.graphql('{ partnerships(first: 1) { totalCount } }'));
    const proofTime = Number(String(headers[0]![PROOF_HEADER]).split('.')[1]);
    // Signed exactly as packages/gateway-trust signs, over the old value.
    const proofSignature = (secret: string, time: number, value: string) => createHmac('sha256', secret).update(`v1.${time}.${value}`).digest('hex');
    const firstFormat = Buffer.from(JSON.stringify({ a: member.id, e: member.email, r: 1, c: ['KEN'] })).toString('base64url');
    const response = await fetch(platform.subgraphUrls.partnerships, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: firstFormat,
        [PROOF_HEADER]: `v1.${proofTime}.${proofSignature(platform.gatewaySecret, proofTime, firstFormat)}`,
      },
      body: JSON.stringify({ query: '{ partnerships(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });
});
