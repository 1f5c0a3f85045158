import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { type Platform, startPlatform } from '../../src/testing/index.js';
import { postOperation, postRaw } from '../../src/testing/post-raw.js';

const PER_CLIENT = 12;
const PER_EMAIL = 5;
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ accountsOptions: { signInRatePerMinute: PER_CLIENT, signInRatePerEmailPerMinute: PER_EMAIL } });
});
afterAll(() => platform.stop());

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const signIn = (email: string, password: string) => postOperation(platform.gatewayUrl, SIGN_IN, { input: { email, password } });
const stillServing = async () => expect(dataOf(await platform.graphql('{ sdgGoal(code: "6") { code } }')).sdgGoal.code).toBe('6');

function aliasedSignIns(count: number, email: string): string {
  const fields = Array.from({ length: count }, (_, index) => `g${index}: signIn(input: { email: "${email}", password: "guess-number-${index}" }) { token }`);
  return `mutation { ${fields.join(' ')} }`;
}

describe('batched sign-in guessing', () => {
  it('refuses 1,000 aliased sign-ins before any runs', async () => {
    const started = Date.now();
    const response = await postOperation(platform.gatewayUrl, aliasedSignIns(1_000, 'victim@example.org'));
    expect(response.status).toBe(400);
    // The token limit (a parse option) or the alias limit, whichever the text hits first.
    expect(['GRAPHQL_PARSE_FAILED', 'OPERATION_TOO_COMPLEX']).toContain(errorOf(response.json).code);
    expect(Date.now() - started).toBeLessThan(2_000);
    await stillServing();
  });

  it('tries only the first of several sign-ins in one operation', async () => {
    const victim = await platform.signUp();
    // A failed sign-in ends a mutation operation (its field is non-null), so the guesses
    // after it never run; after a successful one the next is refused outright.
    const failedFirst = await postOperation(platform.gatewayUrl, aliasedSignIns(10, victim.email));
    expect(failedFirst.json.data).toBeNull();
    expect(failedFirst.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);

    const rightFirst = `mutation { ok: signIn(input: { email: "${victim.email}", password: "${victim.password}" }) { token } ${aliasedSignIns(9, victim.email).slice('mutation {'.length)}`;
    const response = await postOperation(platform.gatewayUrl, rightFirst);
    expect(response.json.data).toBeNull();
    expect(response.json.errors).toHaveLength(1);
    expect(errorOf(response.json)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/one sign-in/) });
    await stillServing();
  });

  it('refuses a JSON array of operations (no HTTP batching)', async () => {
    const batch = Array.from({ length: 5 }, (_, index) => ({ query: SIGN_IN, variables: { input: { email: 'victim@example.org', password: `p-${index}` } } }));
    const response = await postRaw(platform.gatewayUrl, JSON.stringify(batch));
    expect(response.status).toBe(400);
    await stillServing();
  });

  it(`blocks an e-mail address after ${PER_EMAIL} wrong passwords, even for the right one, with 429 and retry-after`, async () => {
    const victim = await platform.signUp();
    for (let attempt = 0; attempt < PER_EMAIL; attempt += 1) {
      expect(errorOf((await signIn(victim.email, `wrong-${attempt}-password`)).json).code).toBe('UNAUTHENTICATED');
    }
    const refused = await signIn(victim.email, victim.password);
    expect(refused.status).toBe(429);
    const error = errorOf(refused.json);
    expect(error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBe(error.extensions.retryAfterSeconds);
    expect(error.extensions.http).toBeUndefined();
    // The victim's existing sessions are untouched.
    expect(dataOf(await victim.graphql('{ viewer { id } }')).viewer.id).toBe(victim.id);
    await stillServing();
  });

  it(`limits sign-in attempts per client address to ${PER_CLIENT} a minute, whichever e-mail`, async () => {
    let refusedAfter = -1;
    for (let attempt = 0; attempt <= PER_CLIENT; attempt += 1) {
      const response = await signIn(`spray-${attempt}@example.org`, 'password123456');
      if (errorOf(response.json).code === 'RATE_LIMITED') {
        refusedAfter = attempt;
        expect(errorOf(response.json).message).toMatch(/this client/);
        break;
      }
    }
    expect(refusedAfter).toBeGreaterThanOrEqual(0);
    expect(refusedAfter).toBeLessThanOrEqual(PER_CLIENT);
    await stillServing();
  });
});
