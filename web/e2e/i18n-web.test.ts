import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '@msp-atlas/test-harness/browser';
import type { Platform } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, STEP_TIMEOUT, waitForText } from './browser-pages.js';
import { seedWebPartnerships } from './seed-web-partnerships.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The app in German: chosen in the header's switcher, kept across a reload, on every page,
// with German dates, money and SDG titles; a browser set to German starts in German.

const TEST_TIMEOUT = 90_000;

let platform: Platform;
let browser: Browser;
let seeded: Awaited<ReturnType<typeof seedWebPartnerships>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  seeded = await seedWebPartnerships(platform.member.graphql);
});

afterAll(() => stopWebPlatform({ platform, browser }));

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
// A string, not a function: the gateway's type check has no DOM types.
const htmlLang = (page: Page) => page.evaluate<string>('document.documentElement.lang');

async function signInInGerman(page: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await page.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await heading(page, 'Anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
}

describe('the web app in German', () => {
  it('switches to German in the header, keeps it across a reload and shows every page in German', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newIsolatedPage(browser, pageErrors);
    await page.goto(platform.gatewayOrigin);
    await waitForText(page.getByTestId('total-count'), '3 partnerships found');
    expect(await htmlLang(page)).toBe('en');

    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await heading(page, 'Partnerschaften');
    await waitForText(page.getByTestId('total-count'), '3 Partnerschaften gefunden');
    expect(await htmlLang(page)).toBe('de');
    await page.getByRole('button', { name: 'SDG 6: Sauberes Wasser und Sanitärversorgung' }).waitFor();
    await page.getByLabel('Land', { exact: true }).waitFor();

    await page.reload();
    await heading(page, 'Partnerschaften');
    expect(await htmlLang(page)).toBe('de');
    expect(await page.getByLabel('Sprache').inputValue()).toBe('de');
    await expect.poll(() => page.title(), { timeout: STEP_TIMEOUT }).toBe('Partnerschaften · MSP Atlas');
    await checkPage(page, 'de-list');

    // The record: German labels, dates, money and SDG target titles.
    await page.goto(`${platform.gatewayOrigin}/partnerships/${seeded.water.slug}`);
    await heading(page, 'Kenya Water Compact');
    const facts = page.locator('.facts');
    await waitForText(facts, 'Eckdaten');
    await waitForText(facts, '1. März 2023');
    await waitForText(facts, '31. Dez. 2028');
    await waitForText(page.locator('section[aria-labelledby="funding-heading"]'), /800\.000\sUSD/);
    await waitForText(page.locator('section[aria-labelledby="funding-heading"]'), /75\s%/);
    await waitForText(page.getByRole('main'), 'Bis 2030 den allgemeinen und gerechten Zugang zu einwandfreiem und bezahlbarem Trinkwasser');
    await waitForText(page.getByRole('main'), 'Phase im Lebenszyklus');
    await checkPage(page, 'de-partnership');

    await page.goto(`${platform.gatewayOrigin}/register`);
    await heading(page, 'Partnerschaft registrieren');
    await waitForText(page.getByTestId('sign-in-prompt'), 'Melden Sie sich an, um eine Partnerschaft zu registrieren');
    await checkPage(page, 'de-register-signed-out');

    await page.goto(`${platform.gatewayOrigin}/sign-up`);
    await heading(page, 'Konto erstellen');
    await checkPage(page, 'de-sign-up');
    // Switching happens in place: what a form holds stays.
    await page.getByLabel('Ihr Name').fill('Erika Mustermann');
    await page.getByLabel('Sprache').selectOption({ label: 'English' });
    await heading(page, 'Create an account');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Erika Mustermann');
    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await heading(page, 'Konto erstellen');

    // Signed in as the member who registered the seeded partnerships: the edit form and the account page.
    const editPath = `/partnerships/${seeded.water.slug}/edit`;
    await signInInGerman(page, platform.member, editPath);
    await heading(page, 'Kenya Water Compact bearbeiten');
    await page.getByRole('button', { name: 'Änderungen speichern' }).waitFor();
    await page.getByLabel('Kurzbeschreibung', { exact: false }).first().waitFor();
    await checkPage(page, 'de-edit');

    await page.goto(`${platform.gatewayOrigin}/account`);
    await heading(page, 'Mein Konto');
    await waitForText(page.getByRole('main'), 'Meine Partnerschaften');
    await checkPage(page, 'de-account');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Konto erstellen' }).waitFor();

    await signInInGerman(page, platform.admin, '/admin/curators');
    await heading(page, 'Kuratorinnen und Kuratoren');
    await page.getByRole('button', { name: 'Ernennen' }).waitFor();
    await page.getByLabel('E-Mail-Adresse des Kontos').waitFor();
    await checkPage(page, 'de-curators');

    await page.goto(`${platform.gatewayOrigin}/no/such/page`);
    await heading(page, 'Nicht gefunden');
    await checkPage(page, 'de-not-found');

    // Back to English: the choice is stored too.
    await page.getByLabel('Sprache').selectOption({ label: 'English' });
    await heading(page, 'Not found');
    expect(await htmlLang(page)).toBe('en');
    await page.reload();
    await heading(page, 'Not found');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });

  it('starts in German for a browser whose language is German', { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(platform.gatewayOrigin);
    await heading(page, 'Partnerschaften');
    await waitForText(page.getByTestId('total-count'), '3 Partnerschaften gefunden');
    expect(await htmlLang(page)).toBe('de');
    await context.close();
    expect(pageErrors).toEqual([]);
  });
});
