import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import type { Platform } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { hasVisibleFocus, isFocused, tabTo } from './keyboard.js';
import { seedWebPartnerships } from './seed-web-partnerships.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The web app with the keyboard alone, no mouse: the skip link, the list's filters and
// a result opened with Enter; signing in, and a registration filled in and sent from
// the keyboard. Where the focus lands, it must be seen.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  await seedWebPartnerships(platform.member.graphql);
  page = await newIsolatedPage(browser, pageErrors);
});

afterAll(() => stopWebPlatform({ platform, browser }));

const totalCount = () => page.getByTestId('total-count');
const heading = () => page.getByRole('heading', { level: 1 });

/** Tabs to the control and checks that its focus ring shows. */
async function focus(target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  expect(await hasVisibleFocus(target), `focus ring on ${target}`).toBe(true);
}

describe('the web app with the keyboard alone', () => {
  it('skips to the content, filters the list and opens a result with Enter', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(platform.gatewayOrigin);
    await waitForText(totalCount(), '3 partnerships found');

    // The first Tab reaches the skip link, which takes the focus past the header.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    expect(await isFocused(skipLink)).toBe(true);
    expect(await hasVisibleFocus(skipLink)).toBe(true);
    await checkPage(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.locator('#main'))).toBe(true);

    // Free text: Enter searches at once; emptied, the list is whole again.
    await focus(page.getByLabel('Search'));
    await page.keyboard.type('water');
    await page.keyboard.press('Enter');
    await waitForText(totalCount(), '1 partnership found');
    expect(new URL(page.url()).searchParams.get('q')).toBe('water');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await waitForText(totalCount(), '3 partnerships found');

    // A select changes by typing the option's name, a goal chip with Space.
    await focus(page.getByLabel('Country', { exact: true }));
    await page.keyboard.type('Kenya');
    await waitForText(totalCount(), '1 partnership found');
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('KEN');
    const waterGoal = page.getByRole('button', { name: 'SDG 6: Clean water and sanitation' });
    await focus(waterGoal);
    await page.keyboard.press('Space');
    await expect.poll(() => waterGoal.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ country: 'KEN', goals: '6' });
    await waitForText(totalCount(), '1 partnership found');

    const result = page.getByRole('link', { name: 'Kenya Water Compact' });
    await focus(result);
    await checkPage(page, 'keyboard-list-filtered');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();
    // After moving to another page, its heading has the focus, so the next Tab starts there.
    await expect.poll(() => isFocused(heading())).toBe(true);
    await page.getByTestId('stakeholders').waitFor();
    await checkPage(page, 'keyboard-detail');
  });

  it('signs in and registers a partnership with the keyboard alone', { timeout: TEST_TIMEOUT }, async () => {
    // Back up from the record's heading to the header's "Sign in".
    await focus(page.getByTestId('session-controls').getByRole('link', { name: 'Sign in' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => isFocused(heading())).toBe(true);
    await focus(page.getByLabel('E-mail address'));
    await page.keyboard.type(platform.member.email);
    await focus(page.getByLabel('Password'));
    await page.keyboard.type(platform.member.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();
    await waitForText(page.getByTestId('session-controls'), 'Signed in as Registry Member');

    await focus(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register a partnership' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Register a partnership' }).waitFor();
    await expect.poll(() => isFocused(heading())).toBe(true);

    await focus(page.getByLabel('Name (required)'));
    await page.keyboard.type('Rift Valley Geothermal Partnership');
    await focus(page.getByLabel('Summary'));
    await page.keyboard.type('Geothermal power for towns in the Rift Valley');
    await focus(page.getByLabel('Current phase'));
    await page.keyboard.type('Design');
    expect(await page.getByLabel('Current phase').inputValue()).toBe('DESIGN');

    // A country is typed and added with Enter; it shows as a chip.
    await focus(page.getByLabel('Countries', { exact: true }));
    await page.keyboard.type('Kenya');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Kenya' }).waitFor();
    await focus(page.getByLabel('Goal', { exact: true }));
    await page.keyboard.type('7.');
    const target = page.getByRole('checkbox', { name: /^7\.2 / });
    await focus(target);
    await page.keyboard.press('Space');
    expect(await target.isChecked()).toBe(true);

    const stakeholder = page.locator('fieldset.stakeholder-fieldset').first();
    await focus(stakeholder.getByLabel('Organisation name'));
    await page.keyboard.type('Rift Valley Power Authority');
    await focus(stakeholder.getByLabel('Type'));
    await page.keyboard.type('Government');
    const initiator = stakeholder.getByRole('checkbox', { name: 'Initiator' });
    await focus(initiator);
    await page.keyboard.press('Space');
    expect(await initiator.isChecked()).toBe(true);

    await focus(page.getByRole('button', { name: 'Register partnership' }));
    await checkPage(page, 'keyboard-register-filled');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rift Valley Geothermal Partnership' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/partnerships/rift-valley-geothermal-partnership');
    await expect.poll(() => isFocused(heading())).toBe(true);
    await waitForText(page.getByTestId('stakeholders'), 'Rift Valley Power Authority');
    await checkPage(page, 'keyboard-registered');

    const stored = dataOf(
      await platform.graphql(`{ partnershipBySlug(slug: "rift-valley-geothermal-partnership") {
        phase countries sdgTargets stakeholders { organization { name type } roles } } }`),
    ).partnershipBySlug;
    expect(stored).toEqual({
      phase: 'DESIGN',
      countries: ['KEN'],
      sdgTargets: ['7.2'],
      stakeholders: [{ organization: { name: 'Rift Valley Power Authority', type: 'GOVERNMENT' }, roles: ['INITIATOR'] }],
    });
  });

  it('raised no script errors, console errors or failed requests in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
