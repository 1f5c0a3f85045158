import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { indexCaughtUp, kisumuWater, peruReading, type Platform, registerPartnership } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The context service's pages in the built web app: the similar initiatives on a
// partnership's page, the registration form's warning step (a full registration that
// triggers it, then goes on), and the landscape page with its CSV export.

const TEST_TIMEOUT = 90_000;

let platform: Platform;
let browser: Browser;
const pageErrors: string[] = [];
let page: Page;
let water: { id: string; slug: string; name: string };
let otherWater: { id: string; slug: string; name: string };

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  water = await registerPartnership(platform.member.graphql, kisumuWater({ name: 'Kisumu Clean Water Alliance' }));
  otherWater = await registerPartnership(platform.member.graphql, kisumuWater({ name: 'Kisumu Rural Water Services Initiative' }));
  await registerPartnership(platform.member.graphql, peruReading());
  await indexCaughtUp(platform.member.graphql);
  page = await newIsolatedPage(browser, pageErrors);
}, TEST_TIMEOUT);

afterAll(() => stopWebPlatform({ platform, browser }));

async function signIn(next: string): Promise<void> {
  await page.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail address').fill(platform.member.email);
  await page.getByLabel('Password').fill(platform.member.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

describe('similar initiatives', () => {
  it('shows the overlapping initiative on the partnership page with its kind and reasons', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/partnerships/${water.slug}`);
    await page.getByRole('heading', { level: 1, name: water.name }).waitFor();
    const section = page.locator('section[aria-labelledby="similar-initiatives-heading"]');
    await section.getByRole('heading', { name: 'Similar initiatives' }).waitFor();
    const item = section
      .getByTestId('overlap-list')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: otherWater.name }) });
    await waitForText(item, 'Overlap');
    await waitForText(item, 'Both serve SDG targets 6.1, 6.b');
    await waitForText(item, 'Both work in Kenya');
    await waitForText(item, /matches/);
    expect(await section.getByRole('link', { name: /Cusco Reading/ }).count()).toBe(0);
    await checkPage(page, 'similar-initiatives');

    await item.getByRole('link', { name: otherWater.name }).click();
    await page.getByRole('heading', { level: 1, name: otherWater.name }).waitFor();
  });
});

describe('registration warning step', () => {
  it('warns about similar initiatives before registering, offers to open or join them, and registers on "go on"', { timeout: TEST_TIMEOUT }, async () => {
    await signIn('/register');
    await page.getByRole('heading', { level: 1, name: 'Register a partnership' }).waitFor();
    await page.getByLabel('Name (required)').fill('Kisumu Hand Pumps Partnership');
    await page.getByLabel('Summary').fill('Safe drinking water for households in Kisumu');
    await page
      .getByLabel('Description')
      .fill('Many hand pumps in Kisumu stand broken for months. Pump mechanics and water user committees will keep the water points working.');
    await page.getByLabel('Scope').selectOption({ label: 'Local' });
    await page.getByLabel('Countries', { exact: true }).fill('Kenya');
    await page.getByLabel('Countries', { exact: true }).press('Enter');
    await page.getByLabel('Goal', { exact: true }).selectOption('6');
    await page.getByRole('checkbox', { name: /^6\.1 / }).check();
    const stakeholder = page.locator('fieldset.stakeholder-fieldset').nth(0);
    await stakeholder.getByLabel('Organisation name').fill('Kisumu Pump Mechanics Guild');
    await stakeholder.getByLabel('Type').selectOption({ label: 'Civil society' });
    await stakeholder.getByRole('checkbox', { name: 'Initiator' }).check();
    const before = await partnershipCount();

    await page.getByRole('button', { name: 'Register partnership' }).click();
    const step = page.getByTestId('similar-initiatives-step');
    await step.getByRole('heading', { name: 'These initiatives look similar' }).waitFor();
    // The heading takes the focus, so a screen reader hears the warning first.
    await page.waitForFunction("document.activeElement?.id === 'similar-initiatives-step-heading'");
    const listed = step.getByTestId('overlap-list');
    await waitForText(listed, water.name);
    await waitForText(listed, 'Overlap');
    expect(await step.getByRole('link', { name: water.name }).getAttribute('href')).toBe(`/partnerships/${water.slug}`);
    expect(await step.getByRole('link', { name: 'Ask to join' }).count()).toBeGreaterThan(0);
    expect(await partnershipCount()).toBe(before); // nothing registered yet
    await checkPage(page, 'registration-warning');

    await step.getByRole('button', { name: 'Go on and register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kisumu Hand Pumps Partnership' }).waitFor();
    expect(await partnershipCount()).toBe(before + 1);
  });
});

describe('landscape page', () => {
  it('shows clusters, the network, fragmentation and the comparison table for a country, and exports the table as CSV', { timeout: TEST_TIMEOUT }, async () => {
    await indexCaughtUp(platform.member.graphql);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Landscape' }).click();
    await page.getByRole('heading', { level: 1, name: 'Landscape of initiatives' }).waitFor();
    expect(await page.title()).toBe('Landscape of initiatives · MSP Atlas');
    await page.getByLabel('Countries', { exact: true }).fill('Kenya');
    await page.getByLabel('Countries', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Show the landscape' }).click();
    expect(new URL(page.url()).searchParams.get('countries')).toBe('KEN');

    const results = page.getByTestId('landscape-results');
    await waitForText(results.getByRole('status'), '3 initiatives, 1 clusters.');
    const cluster = page.getByTestId('landscape-clusters').getByRole('listitem').first();
    await waitForText(cluster, 'Cluster 1: 3 initiatives');
    await waitForText(cluster, 'Shared targets: 6.1');
    await cluster.getByRole('link', { name: water.name }).waitFor();
    expect(await page.getByTestId('landscape-network').locator('line').count()).toBe(3);
    const fragmentation = page.getByTestId('landscape-fragmentation');
    await waitForText(fragmentation.getByRole('row'), /6\.1\s*Kenya\s*3/);
    const comparison = page.getByTestId('landscape-comparison');
    await comparison.getByRole('link', { name: 'Kisumu Hand Pumps Partnership' }).waitFor();
    await checkPage(page, 'landscape');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('landscape.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('name,scope,phase,status,countries,sectors,sdgTargets,suggestedTargets,organizations,funding,personDays,cluster');
    expect(lines).toHaveLength(4);
    expect(lines.some((line) => line.startsWith(`${water.name},LOCAL,`) && line.endsWith(',1'))).toBe(true);
  });

  it('opens a bookmarked landscape of a region straight away', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/landscape?regions=005`);
    await waitForText(page.getByTestId('landscape-results').getByRole('status'), '1 initiative, 0 clusters.');
    await page
      .getByTestId('landscape-comparison')
      .getByRole('link', { name: /Cusco Reading/ })
      .waitFor();
    await checkPage(page, 'landscape-region');
  });
});

async function partnershipCount(): Promise<number> {
  return dataOf(await platform.member.graphql('{ partnerships(first: 1) { totalCount } }')).partnerships.totalCount;
}
