import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '@msp-atlas/test-harness/browser';
import type { Platform } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { seedWebPartnerships } from './seed-web-partnerships.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The router as a visitor meets it: the list's filters live in the address, so a reload,
// a shared link and the back and forward buttons all show the same list; every page
// names itself in the browser tab.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let seeded: Awaited<ReturnType<typeof seedWebPartnerships>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  seeded = await seedWebPartnerships(platform.member.graphql);
});

afterAll(() => stopWebPlatform({ platform, browser }));

const totalCount = (page: Page) => page.getByTestId('total-count');
const resultNames = (page: Page) => page.locator('.results-table tbody th a').allTextContents();
const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('the router', () => {
  it('keeps the filters in the address across a reload, a shared link and back and forward', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newIsolatedPage(browser, pageErrors);
    await page.goto(platform.gatewayOrigin);
    await waitForText(totalCount(page), '3 partnerships found');
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Kenya' });
    await page.getByRole('button', { name: 'SDG 6: Clean water and sanitation' }).click();
    await waitForText(totalCount(page), '1 partnership found');
    expect(searchParams(page)).toEqual({ country: 'KEN', goals: '6' });
    expect(await resultNames(page)).toEqual(['Kenya Water Compact']);

    await page.reload();
    await waitForText(totalCount(page), '1 partnership found');
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('KEN');
    expect(await page.getByRole('button', { name: 'SDG 6: Clean water and sanitation' }).getAttribute('aria-pressed')).toBe('true');
    await checkPage(page, 'router-list-reloaded');

    const shared = await newIsolatedPage(browser, pageErrors);
    await shared.goto(page.url());
    await waitForText(totalCount(shared), '1 partnership found');
    expect(await resultNames(shared)).toEqual(['Kenya Water Compact']);
    await shared.context().close();

    await page.getByRole('link', { name: 'Kenya Water Compact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/partnerships/${seeded.water.slug}`);
    await page.goBack();
    await waitForText(totalCount(page), '1 partnership found');
    expect(searchParams(page)).toEqual({ country: 'KEN', goals: '6' });
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('KEN');
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();

    // Changing a filter replaces the entry: back leaves the list instead of undoing each choice.
    await page.goBack();
    await waitForText(totalCount(page), '1 partnership found');
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Peru' });
    await waitForText(totalCount(page), '0 partnerships found');
    await page.goBack();
    await page.waitForURL('about:blank');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });

  it('names every page in the browser tab', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newIsolatedPage(browser, pageErrors);
    /** Opens the page, waits for its title and for what it shows an anonymous visitor, and checks it. */
    const titleAt = async (path: string, title: string, shown: string, screenshotName: string) => {
      await page.goto(`${platform.gatewayOrigin}${path}`);
      await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(`${title} · MSP Atlas`);
      await page.getByRole('main').getByText(shown).first().waitFor();
      await checkPage(page, `anonymous-${screenshotName}`);
    };
    await titleAt('/', 'Partnerships', '3 partnerships found', 'list');
    await titleAt('/?country=KEN', 'Partnerships', '1 partnership found', 'list-filtered');
    await titleAt(`/partnerships/${seeded.water.slug}`, 'Kenya Water Compact', 'Registered in Implementation', 'detail');
    await titleAt(`/partnerships/${seeded.water.slug}/edit`, 'Edit partnership', 'Sign in to edit this partnership', 'edit');
    await titleAt('/register', 'Register a partnership', 'Sign in to register a partnership', 'register');
    await titleAt('/sign-in', 'Sign in', 'E-mail address', 'sign-in');
    await titleAt('/sign-up', 'Create an account', 'Your name', 'sign-up');
    await titleAt('/account', 'My account', 'Sign in', 'account');
    await titleAt('/admin/curators', 'Curators', 'Sign in', 'curators');
    await titleAt('/partnerships/no-such-partnership', 'Not found', 'Browse all partnerships', 'unknown-partnership');
    await titleAt('/no/such/page', 'Not found', 'Browse all partnerships', 'not-found');
    await page.getByRole('link', { name: 'Browse all partnerships' }).waitFor();

    // In-app navigation renames the tab too.
    await page.getByRole('link', { name: 'Browse all partnerships' }).click();
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('Partnerships · MSP Atlas');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
