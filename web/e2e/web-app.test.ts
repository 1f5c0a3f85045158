import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import type { Platform } from '@msp-atlas/gateway/testing';
import { seedWebPartnerships } from './seed-web-partnerships.js';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The built web app (web/dist) in a real browser against the whole platform:
// list, filters, detail, sign-in to edit, phase change (and its conflict), registration
// with errors. The seed is registered by `platform.member`, who signs in to change it.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let page: Page;
let seeded: Awaited<ReturnType<typeof seedWebPartnerships>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  seeded = await seedWebPartnerships(platform.member.graphql);
  page = await newIsolatedPage(browser, pageErrors);
});

afterAll(() => stopWebPlatform({ platform, browser }));

const resultLinks = () => page.locator('.results-table tbody th a');

async function partnershipBySlug(slug: string) {
  const data = dataOf(
    await platform.graphql(
      `query($slug: String!) { partnershipBySlug(slug: $slug) { id version phase countries sdgTargets stakeholders { organization { id name } roles } } }`,
      { slug },
    ),
  );
  return data.partnershipBySlug;
}

describe('web app', () => {
  it('lists the registered partnerships with their total count', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(platform.gatewayOrigin);
    await waitForText(page.getByTestId('total-count'), '3 partnerships found');
    expect(await page.title()).toBe('Partnerships · MSP Atlas');
    expect((await resultLinks().allTextContents()).sort()).toEqual(['East Africa Clean Energy', 'Kenya Water Compact', 'Peru Coffee Smallholders']);
    const waterRow = page.locator('.results-table tbody tr', { hasText: 'Kenya Water Compact' });
    await waitForText(waterRow, 'Implementation');
    await waitForText(waterRow, 'Kenya');
    expect(await waterRow.locator('.sdg-badge').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('title')))).toEqual([
      'SDG 3: Good health and well-being',
      'SDG 6: Clean water and sanitation',
    ]);
    await checkPage(page, 'list');
  });

  it('narrows the list by country and keeps the filter in the URL', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Kenya' });
    await waitForText(page.getByTestId('total-count'), '1 partnership found');
    await page.getByRole('link', { name: 'Peru Coffee Smallholders' }).waitFor({ state: 'detached' });
    expect(await resultLinks().allTextContents()).toEqual(['Kenya Water Compact']);
    expect(new URL(page.url()).searchParams.get('country')).toBe('KEN');
    await checkPage(page, 'list-filtered');

    // The URL alone restores the filter, and the goal chips filter too.
    await page.goto(`${platform.gatewayOrigin}/?goals=7`);
    await waitForText(page.getByTestId('total-count'), '1 partnership found');
    expect(await resultLinks().allTextContents()).toEqual(['East Africa Clean Energy']);
    expect(await page.getByRole('button', { name: 'SDG 7: Affordable and clean energy' }).getAttribute('aria-pressed')).toBe('true');

    // Free text searches once typing pauses.
    await page.goto(platform.gatewayOrigin);
    await waitForText(page.getByTestId('total-count'), '3 partnerships found');
    await page.getByLabel('Search').fill('coffee');
    await waitForText(page.getByTestId('total-count'), '1 partnership found');
    expect(await resultLinks().allTextContents()).toEqual(['Peru Coffee Smallholders']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('coffee');

    await page.goto(`${platform.gatewayOrigin}/?country=KEN`);
    await waitForText(page.getByTestId('total-count'), '1 partnership found');
  });

  it('opens a partnership by clicking it and shows its stakeholders and phase history', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByRole('link', { name: 'Kenya Water Compact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/partnerships/${seeded.water.slug}`);
    expect(await page.title()).toBe('Kenya Water Compact · MSP Atlas');

    const stakeholders = page.getByTestId('stakeholders');
    for (const name of ['Ministry of Water, Sanitation and Irrigation', 'Blue Horizon Foundation', 'Nairobi University', 'Turkana Water Users Association']) {
      await waitForText(stakeholders, name);
    }
    await waitForText(stakeholders.locator('li.stakeholder', { hasText: 'Ministry of Water' }), 'Core group');
    await waitForText(page.getByTestId('phase-history'), 'Registered in Implementation');
    const funding = page.locator('section[aria-labelledby="funding-heading"] li.funding-currency', { hasText: 'USD' });
    await waitForText(funding, '75 %');
    await waitForText(funding, 'Ministry of Water, Sanitation and Irrigation');
    await waitForText(funding, 'one funder dominates');
    await waitForText(page.locator('section[aria-labelledby="sdg-targets-heading"]'), 'SDG 6: Clean water and sanitation');
    await checkPage(page, 'detail');
  });

  it('asks an anonymous visitor to sign in before changing anything, and comes back signed in', { timeout: TEST_TIMEOUT }, async () => {
    expect(await page.getByRole('button', { name: 'Change phase' }).count()).toBe(0);
    const prompt = page.locator('section[aria-labelledby="phase-heading"]').getByTestId('sign-in-prompt');
    await prompt.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/partnerships/${seeded.water.slug}`);
    await checkPage(page, 'sign-in');
    await page.getByLabel('E-mail address').fill(platform.member.email);
    await page.getByLabel('Password').fill(platform.member.password);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kenya Water Compact' }).waitFor();
    await waitForText(page.getByTestId('session-controls'), 'Signed in as Registry Member');
    await page.getByRole('button', { name: 'Change phase' }).waitFor();
  });

  it('changes the phase through the UI', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByLabel('New phase').selectOption({ label: 'Further development' });
    await page.getByLabel('Note').fill('Scaling to two more counties');
    await page.getByRole('button', { name: 'Change phase' }).click();

    await waitForText(page.getByRole('status'), 'Phase changed to Further development.');
    await waitForText(page.getByTestId('current-phase'), 'Further development');
    await waitForText(page.getByTestId('phase-history'), 'Implementation → Further development');
    await waitForText(page.getByTestId('phase-history'), 'Scaling to two more counties');
    const stored = await partnershipBySlug(seeded.water.slug);
    expect(stored.phase).toBe('FURTHER_DEVELOPMENT');
    // The page refetched the record, so it now holds the new version.
    await waitForText(page.locator('.facts'), `version ${stored.version}`);
    await checkPage(page, 'phase-changed');
  });

  it('refuses a phase change based on a stale version and says so', { timeout: TEST_TIMEOUT }, async () => {
    const stored = await partnershipBySlug(seeded.water.slug);
    dataOf(
      await platform.member.graphql(`mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { version } } }`, {
        input: { partnershipId: stored.id, expectedVersion: stored.version, phase: 'IMPLEMENTATION', note: 'Changed elsewhere' },
      }),
    );
    await page.getByLabel('New phase').selectOption({ label: 'Design' });
    await page.getByRole('button', { name: 'Change phase' }).click();
    await waitForText(page.getByRole('alert'), 'Someone else changed this partnership in the meantime.');
    expect((await partnershipBySlug(seeded.water.slug)).phase).toBe('IMPLEMENTATION');
    await checkPage(page, 'phase-conflict');

    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await waitForText(page.getByTestId('current-phase'), 'Implementation');
    await waitForText(page.getByTestId('phase-history'), 'Changed elsewhere');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows the API refusal of an end date before the start date at the end date field', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register a partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register a partnership' }).waitFor();
    expect(await page.title()).toBe('Register a partnership · MSP Atlas');
    await checkPage(page, 'register');

    await page.getByLabel('Name (required)').fill('Lake Victoria Fisheries Alliance');
    await page.getByLabel('Summary').fill('Sustainable fishing and fair markets around Lake Victoria');
    await page.getByLabel('Current phase').selectOption({ label: 'Design' });
    await page.getByLabel('Scope').selectOption({ label: 'Regional' });
    for (const country of ['Uganda', 'Kenya']) {
      await page.getByLabel('Countries', { exact: true }).fill(country);
      await page.getByLabel('Countries', { exact: true }).press('Enter');
    }
    await page.getByLabel('Sectors', { exact: true }).fill('Fishing');
    await page.getByRole('button', { name: 'Add to sectors' }).click();
    await page.getByLabel('Goal', { exact: true }).selectOption('14');
    await page.getByRole('checkbox', { name: /^14\.4 / }).check();
    await page.getByRole('checkbox', { name: /^14\.b / }).check();
    await page.getByLabel('Start date').fill('2025-06-01');
    await page.getByLabel('End date').fill('2025-01-31');

    const first = page.locator('fieldset.stakeholder-fieldset').nth(0);
    await first.getByLabel('Organisation name').fill('Lake Victoria Fishers Cooperative');
    await first.getByLabel('Type').selectOption({ label: 'Community / affected people' });
    await first.getByLabel('Home country (optional)').selectOption({ label: 'Uganda' });
    await first.getByRole('checkbox', { name: 'Initiator' }).check();
    await first.getByRole('checkbox', { name: 'Core group' }).check();

    // A partner already on the platform is linked, not registered twice.
    await page.getByRole('button', { name: 'Add another stakeholder' }).click();
    const second = page.locator('fieldset.stakeholder-fieldset').nth(1);
    await second.getByLabel('Organisation name').fill('Nairobi Uni');
    await second.getByRole('button', { name: 'Use Nairobi University' }).click();
    await waitForText(second, 'already registered');
    await second.getByRole('checkbox', { name: 'Advisor' }).check();

    await page.getByRole('button', { name: 'Register partnership' }).click();
    const endDateError = page.locator('#field-input-endDate-error');
    await waitForText(endDateError, 'Must not be before the start date');
    expect(await page.getByLabel('End date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('End date').getAttribute('aria-describedby')).toContain('field-input-endDate-error');
    await waitForText(page.locator('.error-summary'), 'End date: Must not be before the start date');
    expect(new URL(page.url()).pathname).toBe('/register');
    await checkPage(page, 'register-error');
  });

  it('registers a valid partnership and lands on its detail page', { timeout: TEST_TIMEOUT }, async () => {
    await page.getByLabel('End date').fill('2028-12-31');
    await page.getByRole('button', { name: 'Register partnership' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lake Victoria Fisheries Alliance' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/partnerships/lake-victoria-fisheries-alliance');
    await waitForText(page.getByTestId('stakeholders'), 'Lake Victoria Fishers Cooperative');
    await waitForText(page.getByTestId('stakeholders'), 'Nairobi University');
    await waitForText(page.getByTestId('phase-history'), 'Registered in Design');
    await waitForText(page.locator('.facts'), 'Uganda');

    const stored = await partnershipBySlug('lake-victoria-fisheries-alliance');
    expect(stored.countries).toEqual(['UGA', 'KEN']);
    expect(stored.sdgTargets).toEqual(['14.4', '14.b']);
    const advisor = stored.stakeholders.find((stakeholder: any) => stakeholder.roles.includes('ADVISOR'));
    expect(advisor.organization.id).toBe(seeded.university.id);
    await checkPage(page, 'registered');
  });

  it('lays the list out as cards on a phone', { timeout: TEST_TIMEOUT }, async () => {
    const phone = await newIsolatedPage(browser, pageErrors, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    try {
      await phone.goto(platform.gatewayOrigin);
      await waitForText(phone.getByTestId('total-count'), '4 partnerships found');
      await checkPage(phone, 'list-phone');
      await phone.getByRole('link', { name: 'Kenya Water Compact' }).click();
      await phone.getByTestId('stakeholders').waitFor();
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await checkPage(phone, 'detail-phone');
    } finally {
      await phone.context().close();
    }
  });

  it('raised no script errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
