import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { bearerClient, sharedPlatform, type SharedPlatform, signInAccount } from '@msp-atlas/gateway/testing';
import type { IdentityDb } from '../../src/database.js';

let platform: SharedPlatform;
/** This service's own tables, which its journeys may read. */
const identityDb = () => platform.dbs.accounts as IdentityDb;
let admin: Awaited<ReturnType<typeof signInAccount>>;
beforeAll(async () => {
  platform = await sharedPlatform();
  admin = await signInAccount(platform.gatewayUrl, platform.admin.email, platform.admin.password);
});

const APPOINT = `mutation($input: AppointCuratorInput!) { appointCurator(input: $input) { account { id curatorCountries } } }`;
const DISMISS = `mutation($input: DismissCuratorInput!) { dismissCurator(input: $input) { account { id curatorCountries } } }`;
/** The grants the gateway forwarded to the partnerships subgraph for the client's next request. */
async function forwardedGrants(client: { graphql: (query: string) => Promise<unknown> }) {
  const headers = await platform.requestHeadersOf('partnerships', () => client.graphql('{ partnerships(first: 1) { totalCount } }'));
  return JSON.parse(Buffer.from(headers[0]!['x-msp-identity'] as string, 'base64url').toString()).g;
}
const appointments = async () => (await identityDb().selectFrom('curator_appointments').selectAll().execute()).length;

describe('appointCurator and dismissCurator', () => {
  it('the configured first administrator exists and is an admin', async () => {
    expect(dataOf(await admin.graphql('{ viewer { email isAdmin } }')).viewer).toEqual({ email: platform.admin.email, isAdmin: true });
  });

  it('lets an admin appoint a curator, whose next request carries the countries', async () => {
    const curator = await platform.signUp();
    const appointed = dataOf(await admin.graphql(APPOINT, { input: { email: curator.email, countries: ['KEN', 'UGA', 'KEN'] } }));
    expect(appointed.appointCurator.account).toEqual({ id: curator.id, curatorCountries: ['KEN', 'UGA'] });
    // The curator's existing token picks the role up at once: the access feed overrides the grants it carries.
    expect(dataOf(await curator.graphql('{ viewer { curatorCountries } }')).viewer.curatorCountries).toEqual(['KEN', 'UGA']);
    expect(await forwardedGrants(curator)).toEqual([{ role: 'curator', countries: ['KEN', 'UGA'] }]);
    expect(dataOf(await platform.graphql('query { curators(country: "UGA") { id name email } }')).curators).toEqual([
      { id: curator.id, name: expect.any(String), email: null },
    ]);

    const dismissed = dataOf(await admin.graphql(DISMISS, { input: { accountId: curator.id, countries: ['KEN'] } }));
    expect(dismissed.dismissCurator.account.curatorCountries).toEqual(['UGA']);
    expect(dataOf(await curator.graphql('{ viewer { curatorCountries } }')).viewer.curatorCountries).toEqual(['UGA']);
    expect(await forwardedGrants(curator)).toEqual([{ role: 'curator', countries: ['UGA'] }]);
    // A renewed token carries the new grants itself.
    const renewed = bearerClient(platform.gatewayUrl, dataOf(await curator.graphql('mutation { renewToken { token } }')).renewToken.token);
    expect(dataOf(await renewed('{ viewer { grants { role countries scope } } }')).viewer.grants).toEqual([
      { role: 'curator', countries: ['UGA'], scope: null },
    ]);
    expect(await forwardedGrants({ graphql: renewed })).toEqual([{ role: 'curator', countries: ['UGA'] }]);
  });

  it('refuses anyone but an admin, and changes nothing', async () => {
    const someone = await platform.signUp();
    const curator = await platform.signUp();
    dataOf(await admin.graphql(APPOINT, { input: { email: curator.email, countries: ['TZA'] } }));
    const before = await appointments();
    const input = { email: someone.email, countries: ['TZA'] };
    expect(errorOf(await platform.graphql(APPOINT, { input })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await someone.graphql(APPOINT, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await curator.graphql(APPOINT, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await curator.graphql(DISMISS, { input: { accountId: curator.id, countries: ['TZA'] } })).code).toBe('FORBIDDEN');
    expect(await appointments()).toBe(before);
  });

  it.each([
    [{ email: 'nobody-here@example.org', countries: ['KEN'] }, 'input.email'],
    [{ email: 'not an address', countries: ['KEN'] }, 'input.email'],
    [{ email: 'admin@platform.test', countries: ['KEN', 'Kenya'] }, 'input.countries[1]'],
    [{ email: 'admin@platform.test', countries: [] }, 'input.countries'],
  ])('refuses bad input %# with its field', async (input, field) => {
    const before = await appointments();
    expect(errorOf(await admin.graphql(APPOINT, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await appointments()).toBe(before);
  });
});
