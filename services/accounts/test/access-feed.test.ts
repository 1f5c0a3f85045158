import { accountIdentity, ANONYMOUS, signGatewayRequest, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf, startTestSubgraph, type TestSubgraph } from '@msp-atlas/test-harness';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsSubgraph, generateSigningKeyPem, type IdentityDb } from '../src/index.js';

const admin = { email: 'admin@accounts.test', password: 'an admin password' };
let subgraph: TestSubgraph<IdentityDb, Awaited<ReturnType<typeof accountsSubgraph.start>>>;
let db: IdentityDb;
let service: Awaited<ReturnType<typeof accountsSubgraph.start>>;
let gatewaySecret: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(accountsSubgraph, {
    poolSize: 3,
    settings: {
      AUTH_SIGNING_KEY: generateSigningKeyPem(),
      FIRST_ADMIN_EMAIL: admin.email,
      FIRST_ADMIN_PASSWORD: admin.password,
      ACCOUNTS_PASSWORD_COST: 'test',
    },
  });
  ({ db, service, gatewaySecret } = subgraph);
});
afterAll(() => subgraph?.close());

const call = (query: string, variables: Record<string, unknown> = {}, identity: GatewayIdentity = ANONYMOUS) => subgraph.call(identity, query, variables);
const asGateway = (path: string, init: RequestInit = {}) =>
  fetch(`${service.url}${path}`, { ...init, headers: { ...init.headers, ...signGatewayRequest({ secret: gatewaySecret, identity: ANONYMOUS }) } });
const feed = async (after?: number): Promise<any> => (await asGateway(`/internal/access-changes${after === undefined ? '' : `?after=${after}`}`)).json();

let sequence = 0;
async function signUp() {
  sequence += 1;
  const email = `person-${sequence}@accounts.test`;
  const data = dataOf(
    await call(`mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }`, {
      input: { email, password: 'a long password', name: `Person ${sequence}` },
    }),
  );
  const claims = JSON.parse(Buffer.from(data.signUp.token.split('.')[1], 'base64url').toString());
  return { id: data.signUp.viewer.id as string, email, token: data.signUp.token as string, claims };
}

describe('tokens', () => {
  it('carry the identity the gateway forwards, and verify with the published key set', async () => {
    const account = await signUp();
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) })]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
    const { payload } = await jwtVerify(account.token, createLocalJWKSet(jwks), { issuer: 'msp-atlas', audience: 'msp-atlas' });
    expect(payload).toMatchObject({ sub: account.id, email: account.email, grants: [], sid: expect.any(String) });
  });
});

describe('the access feed', () => {
  it('answers the gateway only', async () => {
    expect((await fetch(`${service.url}/internal/access-changes`)).status).toBe(401);
    const forged = signGatewayRequest({ secret: 'not-the-gateway-secret-at-all-000', identity: ANONYMOUS });
    expect((await fetch(`${service.url}/internal/access-changes`, { headers: forged })).status).toBe(401);
    expect((await asGateway('/internal/access-changes?after=-1')).status).toBe(400);
    expect(
      (await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' }))
        .status,
    ).toBe(401);
  });

  it('lists sign-outs and role changes in order after a cursor, in the transaction that made them', async () => {
    const start = (await feed()).cursor as number;
    const account = await signUp();
    const session = accountIdentity(account.id, { email: account.email, credential: { kind: 'session', sessionId: account.claims.sid } });
    const adminId = (await db.selectFrom('accounts').select('id').where('email', '=', admin.email).executeTakeFirstOrThrow()).id;
    const adminIdentity = accountIdentity(adminId, { admin: true });
    const APPOINT = `mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id } } }`;
    dataOf(await call(APPOINT, { input: { email: account.email, countries: ['KEN', 'GHA'] } }, adminIdentity));
    dataOf(await call('mutation { signOut { signedOut } }', {}, session));

    const page = await feed(start);
    expect(page.changes).toEqual([
      {
        seq: expect.any(Number),
        kind: 'grants-changed',
        subject: account.id,
        grants: [{ role: 'curator', countries: ['GHA', 'KEN'] }],
        occurredAt: expect.any(String),
        expiresAt: expect.any(String),
      },
      { seq: expect.any(Number), kind: 'session-ended', subject: account.claims.sid, occurredAt: expect.any(String), expiresAt: expect.any(String) },
    ]);
    // Kept as long as a token issued at the change can live (15 minutes here).
    const keptFor = Date.parse(page.changes[1].expiresAt) - Date.parse(page.changes[1].occurredAt);
    expect(keptFor).toBeGreaterThan(14 * 60_000);
    expect(keptFor).toBeLessThan(16 * 60_000);
    expect(page.changes[0].seq).toBeLessThan(page.changes[1].seq);
    expect(page.cursor).toBe(page.changes[1].seq);
    expect(await feed(page.cursor)).toEqual({ changes: [], cursor: page.cursor });
    // A gateway starting now gets every change a live token could be affected by.
    expect((await feed()).changes).toEqual(expect.arrayContaining(page.changes));

    // The ended session cannot be renewed, whatever token the caller still holds.
    expect(errorOf(await call('mutation { renewToken { token } }', {}, session)).code).toBe('UNAUTHENTICATED');
  });

  it('records nothing for a refused role change', async () => {
    const { cursor } = await feed();
    const account = await signUp();
    const APPOINT = `mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id } } }`;
    const outsider = accountIdentity(account.id);
    expect(errorOf(await call(APPOINT, { input: { email: account.email, countries: ['KEN'] } }, outsider)).code).toBe('FORBIDDEN');
    expect(errorOf(await call(APPOINT, { input: { email: account.email, countries: ['Kenya'] } }, accountIdentity(account.id, { admin: true }))).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await feed(cursor)).changes).toEqual([]);
  });
});

describe('moderators', () => {
  const APPOINT = `mutation($input: AppointModeratorInput!) { appointModerator(input: $input) { account { grants { role countries scope } } } }`;
  const DISMISS = `mutation($input: DismissModeratorInput!) { dismissModerator(input: $input) { account { grants { role scope } } } }`;

  it('are appointed by admins for the learning library, and the grant reaches the feed and the next token', async () => {
    const account = await signUp();
    const adminIdentity = accountIdentity(account.id, { admin: true });
    const { cursor } = await feed();
    expect(errorOf(await call(APPOINT, { input: { email: account.email, scope: 'registry' } }, adminIdentity))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.scope',
    });
    expect(errorOf(await call(APPOINT, { input: { email: account.email, scope: 'learning' } }, accountIdentity(account.id))).code).toBe('FORBIDDEN');
    expect((await feed(cursor)).changes).toEqual([]);

    const appointed = dataOf(await call(APPOINT, { input: { email: account.email, scope: 'learning' } }, adminIdentity));
    expect(appointed.appointModerator.account.grants).toEqual([{ role: 'moderator', countries: null, scope: 'learning' }]);
    expect((await feed(cursor)).changes).toEqual([
      expect.objectContaining({ kind: 'grants-changed', subject: account.id, grants: [{ role: 'moderator', scope: 'learning' }] }),
    ]);
    const session = accountIdentity(account.id, { email: account.email, credential: { kind: 'session', sessionId: account.claims.sid } });
    const renewed = dataOf(await call('mutation { renewToken { token } }', {}, session)).renewToken.token;
    expect(JSON.parse(Buffer.from(renewed.split('.')[1], 'base64url').toString()).grants).toEqual([{ role: 'moderator', scope: 'learning' }]);

    const dismissed = dataOf(await call(DISMISS, { input: { accountId: account.id, scope: 'learning' } }, adminIdentity));
    expect(dismissed.dismissModerator.account.grants).toEqual([]);
  });
});

describe('provider accounts', () => {
  const link = (claims: Record<string, unknown>) =>
    asGateway('/internal/provider-accounts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(claims) });

  it('links a provider user by a verified e-mail, and by issuer and subject afterwards', async () => {
    const account = await signUp();
    const first: Response = await link({ issuer: 'https://id.test', subject: 'user-1', email: account.email.toUpperCase(), name: 'X' });
    expect(await first.json()).toEqual({ accountId: account.id, email: account.email, grants: [] });
    const again = await link({ issuer: 'https://id.test', subject: 'user-1', email: null, name: null });
    expect(((await again.json()) as { accountId: string }).accountId).toBe(account.id);
  });

  it('refuses a new user without a verified e-mail, malformed claims and callers other than the gateway', async () => {
    expect((await link({ issuer: 'https://id.test', subject: 'user-2', email: null, name: null })).status).toBe(422);
    expect((await link({ issuer: '', subject: 'user-3' })).status).toBe(400);
    const outside = await fetch(`${service.url}/internal/provider-accounts`, { method: 'POST', body: '{}' });
    expect(outside.status).toBe(401);
  });
});
