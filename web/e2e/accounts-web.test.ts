import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, SignedUpAccount } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// Accounts and membership in the built web app: sign-up, sign-in and sign-out through
// the UI, the token kept per tab and renewed before it expires, what members, other
// accounts, curators and anonymous visitors see of a partnership, and the invitation
// of a member accepted on the account page.

const TEST_TIMEOUT = 60_000;
// Tokens live 70 s here, so the app renews them (a minute before expiry) every 10 s.
const TOKEN_TTL_SECONDS = 70;
const SESSION_KEY = 'msp-atlas:session';

let platform: Platform;
let browser: Browser;
const pageErrors: string[] = [];
let alice: Page;
let bob: SignedUpAccount;
let bobPage: Page;
const aliceEmail = `alice-${Date.now()}@mangroves.example.org`;
const aliceName = 'Alice Wanjiru';
const alicePassword = 'mangroves grow slowly';
let partnershipPath: string;

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform({ accountsOptions: { tokenTtlSeconds: TOKEN_TTL_SECONDS } }));
  alice = await newPage();
});

afterAll(() => stopWebPlatform({ platform, browser }));

/** The API answers a refused token with 401; the app drops the token and carries on (last test). */
const newPage = () => newIsolatedPage(browser, pageErrors, { expectedResponses: [{ status: 401, url: /\/graphql$/ }] });

const sessionControls = (page: Page) => page.getByTestId('session-controls');
const phaseSection = (page: Page) => page.locator('section[aria-labelledby="phase-heading"]');
const changePhaseButton = (page: Page) => page.getByRole('button', { name: 'Change phase' });
const storedSession = (page: Page) =>
  page.evaluate<{ token: string } | null>(`JSON.parse(window.sessionStorage.getItem(${JSON.stringify(SESSION_KEY)}) ?? 'null')`);

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

/** What a viewer without rights sees: the record and its history, no edit controls, members or contacts. */
async function expectReadOnlyView(page: Page): Promise<void> {
  await page.getByTestId('change-history').locator('.change-record').first().waitFor();
  expect(await changePhaseButton(page).count()).toBe(0);
  expect(await page.locator('#contacts-heading').count()).toBe(0);
  expect(await page.locator('#members-heading').count()).toBe(0);
  expect(await page.getByText('Grace Achieng').count()).toBe(0);
  // The history says that the contact persons changed, not who they are.
  await waitForText(page.getByTestId('change-history'), /Contact persons: redacted/);
}

describe('accounts in the web app', () => {
  it('asks an anonymous visitor to sign in to register, and signs them up with errors at the fields', { timeout: TEST_TIMEOUT }, async () => {
    await alice.goto(`${platform.gatewayOrigin}/register`);
    await waitForText(alice.getByTestId('sign-in-prompt'), 'Sign in to register a partnership');
    expect(await alice.getByRole('button', { name: 'Register partnership' }).count()).toBe(0);
    await waitForText(sessionControls(alice), 'Sign in');
    await checkPage(alice, 'register-signed-out');

    await alice.getByTestId('sign-in-prompt').getByRole('link', { name: 'create an account' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    expect(new URL(alice.url()).searchParams.get('next')).toBe('/register');
    await checkPage(alice, 'sign-up');
    await alice.getByLabel('Your name').fill(aliceName);
    await alice.getByLabel('E-mail address').fill(aliceEmail);
    await alice.getByLabel('Password').fill('too short');
    await alice.getByRole('button', { name: 'Create account' }).click();

    const passwordError = alice.locator('#field-input-password-error');
    await waitForText(passwordError, 'at least 10 characters');
    expect(await alice.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(await alice.getByLabel('Password').getAttribute('aria-describedby')).toContain('field-input-password-error');
    expect(await alice.getByLabel('Your name').getAttribute('aria-invalid')).toBeNull();
    await checkPage(alice, 'sign-up-error');

    await alice.getByLabel('Password').fill(alicePassword);
    await alice.getByRole('button', { name: 'Create account' }).click();
    await alice.getByRole('button', { name: 'Register partnership' }).waitFor();
    expect(new URL(alice.url()).pathname).toBe('/register');
    await waitForText(sessionControls(alice), `Signed in as ${aliceName}`);
    const session = await storedSession(alice);
    expect(session?.token).toBeTruthy();
    expect(alice.url()).not.toContain(session!.token);
  });

  it('registers a partnership with a contact person and shows it with edit controls, members and history', { timeout: TEST_TIMEOUT }, async () => {
    await alice.getByLabel('Name (required)').fill('Mombasa Mangrove Alliance');
    await alice.getByLabel('Summary').fill('Restoring mangroves along the Kenyan coast');
    await alice.getByLabel('Countries', { exact: true }).fill('Kenya');
    await alice.getByLabel('Countries', { exact: true }).press('Enter');
    await alice.getByLabel('Contact name').fill('Grace Achieng');
    await alice.getByLabel('Role or title').fill('Coordinator');
    await alice.getByLabel('Contact e-mail').fill('grace@mangroves.example.org');
    await alice.getByRole('button', { name: 'Register partnership' }).click();

    await alice.getByRole('heading', { level: 1, name: 'Mombasa Mangrove Alliance' }).waitFor();
    partnershipPath = new URL(alice.url()).pathname;
    expect(partnershipPath).toBe('/partnerships/mombasa-mangrove-alliance');
    await changePhaseButton(alice).waitFor();
    await waitForText(alice.getByTestId('contacts'), 'Grace Achieng');
    await waitForText(alice.getByTestId('contacts'), 'grace@mangroves.example.org');
    await waitForText(alice.getByTestId('members'), `${aliceName} (you)`);
    const history = alice.getByTestId('change-history');
    await waitForText(history, `${aliceName} registered the partnership`);
    await waitForText(history, /Contact persons: .*Grace Achieng/);
    await waitForText(history, /Members: — → .*Alice Wanjiru/);
    await checkPage(alice, 'member-detail');
  });

  it('renews the token a minute before it expires, without leaving the page', { timeout: TEST_TIMEOUT }, async () => {
    const before = (await storedSession(alice))!.token;
    const renewal = await alice.waitForResponse((response) => response.request().postData()?.includes('mutation RenewToken') ?? false, {
      timeout: (TOKEN_TTL_SECONDS - 60 + 10) * 1000,
    });
    expect(renewal.status()).toBe(200);
    await expect.poll(async () => (await storedSession(alice))?.token, { timeout: 5_000 }).not.toBe(before);
    expect(renewal.request().headers().authorization).toBe(`Bearer ${before}`);
    // Still signed in, and the page's next request goes with the new token.
    await waitForText(sessionControls(alice), `Signed in as ${aliceName}`);
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships' }).click();
    await alice.getByRole('link', { name: 'Mombasa Mangrove Alliance' }).click();
    await changePhaseButton(alice).waitFor();
  });

  it('signs out: edit controls, members and contacts are gone, the history stays with personal data redacted', { timeout: TEST_TIMEOUT }, async () => {
    const { token } = (await storedSession(alice))!;
    await sessionControls(alice).getByRole('button', { name: 'Sign out' }).click();
    await sessionControls(alice).getByRole('link', { name: 'Sign in' }).waitFor();
    await waitForText(phaseSection(alice).getByTestId('sign-in-prompt'), 'Sign in to change this partnership');
    await expectReadOnlyView(alice);
    await waitForText(alice.getByTestId('change-history'), /Members: redacted/);
    expect(await storedSession(alice)).toBeNull();
    await checkPage(alice, 'signed-out-detail');

    // The session ended on the server too: the old token no longer works.
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('signs in again from the header, after a wrong password, and returns to the partnership', { timeout: TEST_TIMEOUT }, async () => {
    await sessionControls(alice).getByRole('link', { name: 'Sign in' }).click();
    expect(new URL(alice.url()).searchParams.get('next')).toBe(partnershipPath);
    await signInThroughForm(alice, aliceEmail, 'not the password at all');
    await waitForText(alice.getByRole('alert'), 'Wrong e-mail address or password');
    expect(new URL(alice.url()).pathname).toBe('/sign-in');
    await checkPage(alice, 'sign-in-error');

    await alice.getByLabel('Password').fill(alicePassword);
    await alice.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Mombasa Mangrove Alliance' }).waitFor();
    await changePhaseButton(alice).waitFor();
    await waitForText(alice.getByTestId('contacts'), 'Grace Achieng');
  });

  it('shows another account no edit controls and no contacts', { timeout: TEST_TIMEOUT }, async () => {
    bob = await platform.signUp({ name: 'Bob Otieno' });
    bobPage = await newPage();
    await bobPage.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(partnershipPath)}`);
    await signInThroughForm(bobPage, bob.email, bob.password);
    await bobPage.getByRole('heading', { level: 1, name: 'Mombasa Mangrove Alliance' }).waitFor();
    await waitForText(sessionControls(bobPage), 'Signed in as Bob Otieno');
    await waitForText(bobPage.getByTestId('edit-rights-note'), 'Only members of this partnership');
    await expectReadOnlyView(bobPage);
    await checkPage(bobPage, 'other-account-detail');
  });

  it('lets a member invite the other account, who accepts on the account page and may then edit', { timeout: TEST_TIMEOUT }, async () => {
    await alice.getByLabel('E-mail address').fill(bob.email);
    await alice.getByRole('button', { name: 'Invite' }).click();
    await waitForText(alice.getByRole('status'), `Invitation sent to ${bob.email}.`);
    await waitForText(alice.getByTestId('pending-invitations'), bob.email);
    await waitForText(alice.getByTestId('change-history'), `${aliceName} invited a member`);
    await checkPage(alice, 'member-invited');

    await sessionControls(bobPage).getByRole('link', { name: 'Bob Otieno' }).click();
    await bobPage.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    const invitations = bobPage.getByTestId('invitations');
    await waitForText(invitations, 'Mombasa Mangrove Alliance');
    await waitForText(invitations, `${aliceName} invited you`);
    await checkPage(bobPage, 'account-invitation');
    await invitations.getByRole('button', { name: 'Accept the invitation to Mombasa Mangrove Alliance' }).click();

    await waitForText(bobPage.getByTestId('memberships'), 'Mombasa Mangrove Alliance');
    await bobPage.getByText('No invitations are waiting for you.').waitFor();
    await checkPage(bobPage, 'account-member');
    await bobPage.getByTestId('memberships').getByRole('link', { name: 'Mombasa Mangrove Alliance' }).click();
    await changePhaseButton(bobPage).waitFor();
    await waitForText(bobPage.getByTestId('contacts'), 'Grace Achieng');
    await waitForText(bobPage.getByTestId('members'), 'Bob Otieno (you)');
    await waitForText(bobPage.getByTestId('change-history'), 'Bob Otieno accepted an invitation');
  });

  it('lets an administrator appoint a curator, who may edit but sees no contacts', { timeout: TEST_TIMEOUT }, async () => {
    const carol = await platform.signUp({ name: 'Carol Mwangi' });
    const adminPage = await newPage();
    await adminPage.goto(`${platform.gatewayOrigin}/sign-in?next=%2Fadmin%2Fcurators`);
    await signInThroughForm(adminPage, platform.admin.email, platform.admin.password);
    await adminPage.getByRole('heading', { level: 1, name: 'Curators' }).waitFor();
    await adminPage.getByLabel('E-mail address of the account').fill(carol.email);
    await adminPage.getByLabel('Countries', { exact: true }).fill('Kenya');
    await adminPage.getByLabel('Countries', { exact: true }).press('Enter');
    await adminPage.getByRole('button', { name: 'Appoint curator' }).click();
    await waitForText(adminPage.getByRole('status'), 'Carol Mwangi now curates Kenya.');
    await waitForText(adminPage.getByTestId('curators'), 'Carol Mwangi');
    await checkPage(adminPage, 'curators');

    const carolPage = await newPage();
    await carolPage.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(partnershipPath)}`);
    await signInThroughForm(carolPage, carol.email, carol.password);
    await changePhaseButton(carolPage).waitFor();
    await waitForText(carolPage.getByTestId('members'), aliceName);
    expect(await carolPage.locator('#contacts-heading').count()).toBe(0);
    expect(await carolPage.getByRole('button', { name: 'Invite' }).count()).toBe(0);
    await waitForText(carolPage.getByTestId('change-history'), /Contact persons: redacted/);
    await checkPage(carolPage, 'curator-detail');
  });

  it('drops a token the API refuses and carries on anonymously', { timeout: TEST_TIMEOUT }, async () => {
    // Bob's session ends behind the tab's back (as when an administrator ends it); the tab still holds the token.
    const { token } = (await storedSession(bobPage))!;
    await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { signOut { signedOut } }' }),
    });

    const refused = bobPage.waitForResponse((response) => response.status() === 401);
    await bobPage.reload();
    await refused;
    await sessionControls(bobPage).getByRole('link', { name: 'Sign in' }).waitFor();
    await bobPage.getByRole('heading', { level: 1, name: 'Mombasa Mangrove Alliance' }).waitFor();
    await expectReadOnlyView(bobPage);
    expect(await storedSession(bobPage)).toBeNull();
    await checkPage(bobPage, 'token-dropped-detail');
  });

  it('raised no script errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
