import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { type Platform, registerPartnership, type SignedUpAccount } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// Editing a partnership's details in the built web app: the "Edit details" link for those
// who may edit, the prefilled form that sends only what changed with the version it was
// loaded from, API refusals at their fields, a stale edit refused as a conflict (nothing
// overwritten), the strategy and continuity fields the health check reads, and the refusal
// a signed-in non-member or an anonymous visitor sees.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
const pageErrors: string[] = [];
let page: Page;
let partnership: { id: string; slug: string };
let detailPath: string;

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  partnership = await registerPartnership(platform.member.graphql, {
    name: 'Lake Turkana Fisheries',
    summary: 'Sustainable fishing for the communities around Lake Turkana',
    website: 'https://turkana-fisheries.example.org',
    countries: ['KEN'],
    objectives: ['Fish stocks monitored every year'],
    contacts: [{ name: 'Amina Njoroge', email: 'amina@turkana.example.org', role: 'Coordinator' }],
  });
  detailPath = `/partnerships/${partnership.slug}`;
  page = await newPage();
});

afterAll(() => stopWebPlatform({ platform, browser }));

const newPage = () => newIsolatedPage(browser, pageErrors);

async function signIn(target: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await target.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await target.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await target.getByLabel('E-mail address').fill(account.email);
  await target.getByLabel('Password').fill(account.password);
  await target.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

/** The record as stored, read by the member (who sees the contact persons). */
async function stored() {
  const data = dataOf(
    await platform.member.graphql(
      `query($id: ID!) { partnership(id: $id) { version name summary website problemStatement continuationPlan lastEvaluatedOn contacts { name email role } } }`,
      { id: partnership.id },
    ),
  );
  return data.partnership;
}

async function openEditForm(): Promise<void> {
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByRole('heading', { level: 1, name: /^Edit / }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`${detailPath}/edit`);
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
}

describe('editing a partnership in the web app', () => {
  it('lets a member change the name and a contact person, and shows them on the page and in the history', { timeout: TEST_TIMEOUT }, async () => {
    await signIn(page, platform.member, detailPath);
    await page.getByRole('heading', { level: 1, name: 'Lake Turkana Fisheries' }).waitFor();
    await page.getByRole('link', { name: 'Edit details' }).waitFor();
    await checkPage(page, 'edit-member-detail');
    await openEditForm();

    // Prefilled from the record, contact persons included (the viewer is a member).
    expect(await page.getByLabel('Name (required)').inputValue()).toBe('Lake Turkana Fisheries');
    expect(await page.getByLabel('Website').inputValue()).toBe('https://turkana-fisheries.example.org/');
    expect(await page.getByLabel('Objectives').inputValue()).toBe('Fish stocks monitored every year');
    expect(await page.getByLabel('Status').inputValue()).toBe('ACTIVE');
    expect(await page.getByLabel('Contact name').inputValue()).toBe('Amina Njoroge');

    const before = await stored();
    await page.getByLabel('Name (required)').fill('Lake Turkana Fisheries Alliance');
    await page.getByLabel('Contact name').fill('Amina Wanjiku');
    await page.getByLabel('Contact e-mail').fill('amina.wanjiku@turkana.example.org');
    await checkPage(page, 'edit-form');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('heading', { level: 1, name: 'Lake Turkana Fisheries Alliance' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(detailPath);
    await waitForText(page.getByTestId('contacts'), 'Amina Wanjiku');
    await waitForText(page.getByTestId('contacts'), 'amina.wanjiku@turkana.example.org');
    const history = page.getByTestId('change-history');
    const update = history.locator('.change-record', { hasText: 'Registry Member updated the record' });
    await waitForText(update, /Name: Lake Turkana Fisheries\b.*Lake Turkana Fisheries Alliance/);
    await waitForText(update, /Contact persons: .*Amina Wanjiku/);
    // Only what changed was sent: the summary and website did not change, and are not in the history.
    expect(await update.getByText(/^Summary$|^Website$/).count()).toBe(0);

    const after = await stored();
    expect(after).toMatchObject({
      version: before.version + 1,
      name: 'Lake Turkana Fisheries Alliance',
      summary: before.summary,
      website: before.website,
      contacts: [{ name: 'Amina Wanjiku', email: 'amina.wanjiku@turkana.example.org', role: 'Coordinator' }],
    });
    await checkPage(page, 'edited');
  });

  it('shows a bad website and a bad e-mail address at their fields and changes nothing', { timeout: TEST_TIMEOUT }, async () => {
    const before = await stored();
    await openEditForm();
    await page.getByLabel('Website').fill('not a web address');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.locator('#field-input-website-error'), 'Not a web address');
    expect(await page.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    await waitForText(page.locator('.error-summary'), 'Website: Not a web address');
    expect(new URL(page.url()).pathname).toBe(`${detailPath}/edit`);
    expect(await stored()).toEqual(before);

    await page.getByLabel('Website').fill('https://turkana-fisheries.example.org/');
    await page.getByLabel('Contact e-mail').fill('amina at turkana');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const emailError = page.locator('#field-input-contacts-0-email-error');
    await emailError.waitFor();
    expect((await emailError.textContent())?.trim()).not.toBe('');
    expect(await page.getByLabel('Contact e-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-input-website-error').count()).toBe(0);
    await waitForText(page.locator('.error-summary'), 'Contact person 1: e-mail address');
    await checkPage(page, 'edit-error');
    expect(await stored()).toEqual(before);
  });

  it('records a problem statement and a continuation plan, shows them on the page and in the health check, and an over-long plan at its field', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const problem = 'Catches fall every year and the fishing communities have no say in the rules.';
    const plan = 'The county fisheries office takes over the monitoring when the grant ends in 2028.';
    await page.goto(`${platform.gatewayOrigin}${detailPath}/edit`);
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await page.getByRole('region', { name: 'Strategy and continuity' }).waitFor();
    expect(await page.getByLabel('Problem statement').inputValue()).toBe('');
    expect(await page.getByLabel('Continuation plan').inputValue()).toBe('');

    // One character over the limit: refused at the field, nothing saved.
    const before = await stored();
    await page.getByLabel('Problem statement').fill(problem);
    await page.getByLabel('Continuation plan').fill('x'.repeat(5_001));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.locator('#field-input-continuationPlan-error'), 'At most 5000 characters');
    expect(await page.getByLabel('Continuation plan').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-input-problemStatement-error').count()).toBe(0);
    await waitForText(page.locator('.error-summary'), 'Continuation plan: At most 5000 characters');
    await checkPage(page, 'edit-continuity-error');
    expect(await stored()).toEqual(before);

    await page.getByLabel('Continuation plan').fill(plan);
    await page.getByLabel('Last evaluated on').fill('2025-10-01');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // Exactly the record's name: the edit page's heading ("Edit …") holds it too.
    await page.getByRole('heading', { level: 1, name: 'Lake Turkana Fisheries Alliance', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(detailPath);
    await waitForText(page.getByTestId('problem-statement'), problem);
    await waitForText(page.getByTestId('continuity'), plan);
    await waitForText(page.getByTestId('continuity'), 'Last evaluated on');
    expect(await stored()).toMatchObject({ version: before.version + 1, problemStatement: problem, continuationPlan: plan, lastEvaluatedOn: '2025-10-01' });

    // The health check reads the new record: a shared problem statement, a continuation plan.
    const health = page.getByTestId('partnership-health');
    for (const [factor, text] of [
      ['SHARED_LANGUAGE', 'A shared problem statement is recorded.'],
      ['SCALING_HANDOVER', 'A continuation plan is recorded.'],
    ] as const) {
      const item = health.locator(`details.health-factor[data-factor="${factor}"]`);
      await item.locator('summary').click();
      await waitForText(item.getByTestId('health-evidence'), text);
    }
    await checkPage(page, 'edited-continuity');
  });

  it('refuses an edit based on a stale version, says so, and overwrites nothing', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}${detailPath}/edit`);
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    const loaded = await stored();
    // Someone else saves a change after the form was loaded.
    dataOf(
      await platform.member.graphql(`mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { version } } }`, {
        input: { id: partnership.id, expectedVersion: loaded.version, summary: 'Changed elsewhere' },
      }),
    );

    await page.getByLabel('Summary').fill('Changed in the stale form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.getByRole('alert'), 'Someone else changed this partnership in the meantime.');
    await waitForText(page.getByRole('alert'), `based on version ${loaded.version}`);
    expect(new URL(page.url()).pathname).toBe(`${detailPath}/edit`);
    expect(await stored()).toMatchObject({ version: loaded.version + 1, summary: 'Changed elsewhere' });
    await checkPage(page, 'edit-conflict');

    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toBe('Changed elsewhere');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await stored()).version).toBe(loaded.version + 1);
  });

  it('shows a signed-in non-member no edit link and refuses the edit page', { timeout: TEST_TIMEOUT }, async () => {
    const outsider: SignedUpAccount = await platform.signUp({ name: 'Outside Person' });
    const other = await newPage();
    await signIn(other, outsider, detailPath);
    await other.getByRole('heading', { level: 1, name: 'Lake Turkana Fisheries Alliance' }).waitFor();
    await other.getByTestId('edit-rights-note').waitFor();
    expect(await other.getByRole('link', { name: 'Edit details' }).count()).toBe(0);
    await checkPage(other, 'edit-non-member-detail');

    await other.goto(`${platform.gatewayOrigin}${detailPath}/edit`);
    await waitForText(other.getByTestId('cannot-edit'), 'You cannot edit this partnership');
    expect(await other.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    expect(await other.getByLabel('Name (required)').count()).toBe(0);
    await checkPage(other, 'edit-refused');
  });

  it('asks an anonymous visitor on the edit page to sign in, and comes back to the form', { timeout: TEST_TIMEOUT }, async () => {
    const anonymous = await newPage();
    await anonymous.goto(`${platform.gatewayOrigin}${detailPath}`);
    await anonymous.getByRole('heading', { level: 1, name: 'Lake Turkana Fisheries Alliance' }).waitFor();
    expect(await anonymous.getByRole('link', { name: 'Edit details' }).count()).toBe(0);

    await anonymous.goto(`${platform.gatewayOrigin}${detailPath}/edit`);
    const prompt = anonymous.getByTestId('sign-in-prompt');
    await waitForText(prompt, 'Sign in to edit this partnership');
    expect(await anonymous.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await checkPage(anonymous, 'edit-signed-out');
    await prompt.getByRole('link', { name: 'Sign in' }).click();
    expect(new URL(anonymous.url()).searchParams.get('next')).toBe(`${detailPath}/edit`);
    await anonymous.getByLabel('E-mail address').fill(platform.member.email);
    await anonymous.getByLabel('Password').fill(platform.member.password);
    await anonymous.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await anonymous.getByRole('button', { name: 'Save changes' }).waitFor();
    expect(await anonymous.getByLabel('Name (required)').inputValue()).toBe('Lake Turkana Fisheries Alliance');
  });

  it('raised no script errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
