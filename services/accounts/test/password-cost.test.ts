import { randomBytes } from 'node:crypto';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { createTestDatabase, dataOf, postGraphql, type TestDatabase } from '@msp-atlas/test-harness';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountsSubgraph, generateSigningKeyPem } from '../src/index.js';
import { passwordCostOf, PRODUCTION_PASSWORD_COST, TEST_PASSWORD_COST } from '../src/password/password-cost.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`;
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The settings `npm start` (packages/dev-runner) and a deployment give the service: none about the cost. */
const startSettings = () => ({
  DATABASE_URL: testDb.url,
  GATEWAY_SECRET: randomBytes(32).toString('hex'),
  AUTH_SIGNING_KEY: generateSigningKeyPem(),
  ACCOUNTS_PORT: '0',
  LOG_LEVEL: 'silent',
});

describe('the cost of password hashes', () => {
  it('is the production cost unless a test run asks for the test cost', () => {
    expect(passwordCostOf('production', {})).toEqual({ logN: 15, r: 8, p: 1 });
    expect(passwordCostOf('test', { VITEST: 'true' })).toBe(TEST_PASSWORD_COST);
    expect(TEST_PASSWORD_COST.logN).toBeLessThan(PRODUCTION_PASSWORD_COST.logN);
  });

  it('refuses the test cost outside a test run, whatever NODE_ENV says', () => {
    for (const env of [{}, { NODE_ENV: 'test' }, { NODE_ENV: 'production' }, { VITEST: 'yes' }]) {
      expect(() => passwordCostOf('test', env), JSON.stringify(env)).toThrow(/ACCOUNTS_PASSWORD_COST: "test" is for test runs only/);
    }
  });

  it('hashes sign-ups with the production cost when started as npm start starts it', async () => {
    const settings = startSettings();
    const service = await accountsSubgraph.run(settings);
    try {
      const input = { email: 'someone@accounts.test', password: 'a long password', name: 'Someone' };
      const data = dataOf(await postGraphql(service.url, SIGN_UP, { input }, { gatewaySecret: settings.GATEWAY_SECRET, identity: ANONYMOUS }));
      const connection = accountsSubgraph.connect(testDb.url, { poolSize: 1 });
      const row = await connection.selectFrom('accounts').select('password_hash').where('id', '=', data.signUp.viewer.id).executeTakeFirstOrThrow();
      await connection.destroy();
      expect(row.password_hash).toMatch(/^scrypt\$15\$8\$1\$/);
    } finally {
      await service.close();
    }
  });

  it('does not start with the test cost outside a test run', async () => {
    vi.stubEnv('VITEST', undefined);
    await expect(accountsSubgraph.run({ ...startSettings(), ACCOUNTS_PASSWORD_COST: 'test' })).rejects.toThrow(/for test runs only/);
  });
});
