import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, graphqlClient } from '@msp-atlas/test-harness';
import { generateSigningKeyPem, loadSigningKey, LocalTokens } from '../../src/index.js';
import { SignJWT } from 'jose';
import { bearerClient, postRaw, type SharedPlatform, sharedPlatform, signInAccount } from '@msp-atlas/gateway/testing';
import type { IdentityDb } from '../../src/database.js';

let platform: SharedPlatform;
/** This service's own tables, which its journeys may read. */
const identityDb = () => platform.dbs.accounts as IdentityDb;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const VIEWER = '{ viewer { id name email isAdmin curatorCountries } }';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token expiresAt viewer { id email name } } }`;
const accountCount = async () =>
  Number(
    (
      await identityDb()
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('signUp and signIn', () => {
  it('creates an account, returns a short-lived token and shows the viewer to its owner only', async () => {
    const before = Date.now();
    const response = dataOf(await platform.graphql(SIGN_UP, { input: { email: ' Ada@Example.ORG ', password: 'a long enough secret', name: 'Ada' } }));
    expect(response.signUp.viewer).toMatchObject({ email: 'ada@example.org', name: 'Ada' });
    const expiresAt = new Date(response.signUp.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThan(14 * 60_000);
    expect(expiresAt - before).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    const ada = bearerClient(platform.gatewayUrl, response.signUp.token);
    expect(dataOf(await ada(VIEWER)).viewer).toEqual({
      id: response.signUp.viewer.id,
      name: 'Ada',
      email: 'ada@example.org',
      isAdmin: false,
      curatorCountries: [],
    });
    expect(dataOf(await platform.graphql(VIEWER)).viewer).toBeNull();
    // Someone else sees the name, not the address.
    const other = await platform.signUp();
    expect(dataOf(await other.graphql(`query($id: ID!) { account(id: $id) { name email } }`, { id: response.signUp.viewer.id })).account).toEqual({
      name: 'Ada',
      email: null,
    });
  });

  it('keeps only a memory-hard hash of the password', async () => {
    const account = await platform.signUp({ password: 'plain text never stored' });
    const row = await identityDb().selectFrom('accounts').selectAll().where('id', '=', account.id).executeTakeFirstOrThrow();
    // The test platform's cost (ACCOUNTS_PASSWORD_COST=test); npm start's is checked in services/accounts/test.
    expect(row.password_hash).toMatch(/^scrypt\$10\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row.password_hash).not.toContain('plain text');
  });

  it.each([
    [{ email: 'not-an-address', password: 'long enough password', name: 'X' }, 'input.email'],
    [{ email: 'short@example.org', password: 'too short', name: 'X' }, 'input.password'],
    [{ email: 'huge@example.org', password: 'x'.repeat(201), name: 'X' }, 'input.password'],
    [{ email: 'noname@example.org', password: 'long enough password', name: '   ' }, 'input.name'],
  ])('refuses bad sign-up input %# with the field and creates nothing', async (input, field) => {
    const before = await accountCount();
    const error = errorOf(await platform.graphql(SIGN_UP, { input }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await accountCount()).toBe(before);
  });

  it('refuses a second account for the same e-mail, whatever its case', async () => {
    const first = await platform.signUp();
    const before = await accountCount();
    const error = errorOf(await platform.graphql(SIGN_UP, { input: { email: first.email.toUpperCase(), password: 'another password', name: 'Copy' } }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(await accountCount()).toBe(before);
  });

  it('signs in with the right password only, with one message for a wrong password and an unknown e-mail', async () => {
    const account = await platform.signUp();
    const signedIn = await signInAccount(platform.gatewayUrl, account.email, account.password);
    expect(signedIn.id).toBe(account.id);
    expect(dataOf(await signedIn.graphql(VIEWER)).viewer.id).toBe(account.id);

    const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
    const wrongPassword = errorOf(await platform.graphql(SIGN_IN, { input: { email: account.email, password: 'wrong password!' } }));
    const unknown = errorOf(await platform.graphql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'wrong password!' } }));
    expect(wrongPassword.code).toBe('UNAUTHENTICATED');
    expect(unknown).toEqual(wrongPassword);
  });
});

describe('tokens', () => {
  it('signOut ends the session: its token is refused with 401, other sessions keep working', async () => {
    const account = await platform.signUp();
    const second = await signInAccount(platform.gatewayUrl, account.email, account.password);
    expect(dataOf(await account.graphql('mutation { signOut { signedOut } }')).signOut.signedOut).toBe(true);

    const refused = await postRaw(platform.gatewayUrl, JSON.stringify({ query: VIEWER }), {
      'content-type': 'application/json',
      authorization: `Bearer ${account.token}`,
    });
    expect(refused.status).toBe(401);
    expect(refused.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(dataOf(await second.graphql(VIEWER)).viewer.id).toBe(account.id);
  });

  it('renewToken gives a new token for the same session, which sign-out ends too', async () => {
    const account = await platform.signUp();
    const renewed = dataOf(await account.graphql('mutation { renewToken { token viewer { id } } }')).renewToken;
    expect(renewed.viewer.id).toBe(account.id);
    const renewedClient = bearerClient(platform.gatewayUrl, renewed.token);
    expect(dataOf(await renewedClient(VIEWER)).viewer.id).toBe(account.id);
    dataOf(await account.graphql('mutation { signOut { signedOut } }'));
    expect(errorOf(await renewedClient(VIEWER)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await platform.graphql('mutation { renewToken { token } }')).code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, foreign, unsigned and malformed tokens with 401', async () => {
    const account = await platform.signUp();
    const [, payload] = account.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const platformKey = loadSigningKey(platform.signingKeyPem);
    const tokenClaims = { accountId: account.id, sessionId: claims.sid, email: account.email, grants: [] };
    const expired = await new LocalTokens(platformKey, 60).issue(tokenClaims, new Date(Date.now() - 3_600_000));
    const foreignKey = await new LocalTokens(loadSigningKey(generateSigningKeyPem()), 900).issue(tokenClaims);
    // Signed with the right key, in the format before grants: refused, not read as "no roles".
    const oldFormat = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'EdDSA', kid: platformKey.keyId })
      .setIssuer('msp-atlas')
      .setAudience('msp-atlas')
      .setSubject(account.id)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(platformKey.privateKey);
    const forgedGrants = `${account.token.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, grants: [{ role: 'admin' }] })).toString('base64url')}.${account.token.split('.')[2]}`;
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    const otherAccount = `${account.token.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${account.token.split('.')[2]}`;
    for (const authorization of [
      `Bearer ${expired.token}`,
      `Bearer ${foreignKey.token}`,
      `Bearer ${oldFormat}`,
      `Bearer ${forgedGrants}`,
      `Bearer ${unsigned}`,
      `Bearer ${otherAccount}`,
      `Bearer not-a-token`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
    ]) {
      const response = await postRaw(platform.gatewayUrl, JSON.stringify({ query: VIEWER }), { 'content-type': 'application/json', authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.json.data).toBeUndefined();
    }
  });

  it('forwards the verified account to the subgraphs, and ignores identity headers a client sends', async () => {
    const account = await platform.signUp();
    const forged = graphqlClient(platform.gatewayUrl, { authorization: `Bearer ${account.token}`, 'x-msp-identity': 'anonymous' });
    const headers = await platform.requestHeadersOf('partnerships', () => forged('{ partnerships(first: 1) { totalCount } }'));
    const identity = JSON.parse(Buffer.from(headers[0]!['x-msp-identity'] as string, 'base64url').toString());
    expect(identity).toMatchObject({ v: 2, a: account.id, e: account.email, g: [], c: { s: expect.any(String) } });
  });
});
