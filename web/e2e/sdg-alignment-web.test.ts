import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, waitFor } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { type Platform, registerPartnership } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The alignment section of the partnership page (declared against suggested targets,
// the evidence highlighted, declare and dismiss for members only), and target
// suggestions in the registration form as the user types.

const TEST_TIMEOUT = 60_000;

const WATER =
  'We drill boreholes and build piped water networks so that rural households get safe and affordable drinking water, and latrines with handwashing for schools.';

let platform: Platform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  page = await newIsolatedPage(browser, pageErrors);
}, 120_000);

afterAll(() => stopWebPlatform({ platform, browser }));

async function signIn(target: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await target.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await target.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await target.getByLabel('E-mail address').fill(account.email);
  await target.getByLabel('Password').fill(account.password);
  await target.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

/** The record's alignment once the SDG service has read its current version. */
async function alignmentOf(id: string) {
  let read: any;
  await waitFor(async () => {
    read = dataOf(
      await platform.graphql(
        `query($id: ID!) { partnership(id: $id) { version sdgTargets sdgAlignment { partnershipVersion suggestions { target { code } } } } }`,
        { id },
      ),
    ).partnership;
    return read.sdgAlignment?.partnershipVersion === read.version;
  });
  return read;
}

describe('the alignment section of the partnership page', () => {
  it('shows declared and suggested targets with the evidence, and lets a member declare and dismiss suggestions', { timeout: TEST_TIMEOUT }, async () => {
    const partnership = await registerPartnership(platform.member.graphql, { name: 'Highland Taps', summary: '', description: WATER, sdgTargets: ['13.1'] });
    const suggested: string[] = (await alignmentOf(partnership.id)).sdgAlignment.suggestions.flatMap((s: any) => (s.target ? [s.target.code] : []));
    expect(suggested).toContain('6.1');
    const other = suggested.find((code) => code !== '6.1')!;
    expect(other).toBeTruthy();

    // Anyone sees the alignment; only members get the buttons.
    await page.goto(`${platform.gatewayOrigin}/partnerships/${partnership.slug}`);
    const section = page.getByTestId('sdg-alignment');
    await waitForText(section.getByTestId('sdg-declared').locator('[data-target="13.1"]'), 'Declared, not shown in the text');
    const suggestion = section.getByTestId('sdg-suggested').locator('[data-target="6.1"]');
    await suggestion.locator('mark').first().waitFor();
    expect(WATER.toLowerCase()).toContain((await suggestion.locator('mark').first().textContent())!.toLowerCase());
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByTestId('sdg-verdict').getAttribute('data-code')).toBe('REVIEW_BOTH');
    await checkPage(page, 'sdg-alignment-visitor');

    await signIn(page, platform.member, `/partnerships/${partnership.slug}`);
    await section.getByRole('button', { name: 'Declare 6.1' }).click();
    await waitForText(section.getByTestId('sdg-declared').locator('[data-target="6.1"]'), 'Confirmed by the text');
    expect(await section.getByTestId('sdg-suggested').locator('[data-target="6.1"]').count()).toBe(0);
    const record = await alignmentOf(partnership.id);
    expect(record.version).toBe(2);
    expect(record.sdgTargets).toEqual(['6.1', '13.1']);
    await checkPage(page, 'sdg-alignment-declared');

    await section.getByRole('button', { name: `Dismiss ${other}` }).click();
    await waitForText(section.getByRole('status'), `The suggestion ${other} is hidden for you.`);
    await section.getByTestId('sdg-suggested').locator(`[data-target="${other}"]`).waitFor({ state: 'detached' });
    // A dismissal changes nothing in the record.
    expect((await alignmentOf(partnership.id)).version).toBe(2);
  });
});

describe('target suggestions in the registration form', () => {
  it('suggests targets from the text as it is typed, adds one with a button, and the new record shows its alignment', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/register`);
    await page.getByRole('heading', { level: 1, name: 'Register a partnership' }).waitFor();
    const suggestions = page.getByTestId('sdg-target-suggestions');
    await waitForText(suggestions, 'Write a few words about the partnership to see suggestions.');

    await page.getByLabel('Name (required)').fill('Valley Water Compact');
    await page.getByLabel('Description').pressSequentially(WATER, { delay: 2 });
    await suggestions.locator('[data-target="6.1"]').waitFor();
    await checkPage(page, 'sdg-registration-suggestions');
    await suggestions.getByRole('button', { name: 'Add 6.1' }).click();
    await page.getByRole('button', { name: 'Remove target 6.1' }).waitFor();
    expect(await suggestions.locator('[data-target="6.1"]').count()).toBe(0);

    await page.getByLabel('Scope').selectOption({ label: 'National' });
    await page.getByLabel('Countries', { exact: true }).fill('Kenya');
    await page.getByLabel('Countries', { exact: true }).press('Enter');
    const first = page.locator('fieldset.stakeholder-fieldset').nth(0);
    await first.getByLabel('Organisation name').fill('Valley Water Board');
    await first.getByLabel('Type').selectOption({ label: 'Government' });
    await first.getByRole('checkbox', { name: 'Initiator' }).check();
    await page.getByRole('button', { name: 'Register partnership' }).click();
    // The same water text as "Highland Taps" above, so the form first warns of it.
    await page.getByRole('button', { name: 'Go on and register' }).click();

    await page.getByRole('heading', { level: 1, name: 'Valley Water Compact' }).waitFor();
    await waitForText(page.getByTestId('sdg-declared').locator('[data-target="6.1"]'), 'Confirmed by the text');
    await checkPage(page, 'sdg-registered-alignment');
  });
});
