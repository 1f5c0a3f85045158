import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { type Platform, registerPartnership } from '@msp-atlas/gateway/testing';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The web app over the demo data set: many records to page through, demo tags,
// and detail pages with progress reports, funding and overdue warnings.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let page: Page;
let demoCount: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  // The registry loads its demo data at start, as `npm start` can.
  ({ platform, browser } = await startWebPlatform({ settings: { partnerships: { SEED_DEMO_DATA: true } } }));
  demoCount = dataOf(await platform.graphql('{ partnerships(filter: { isDemo: true }, first: 1) { totalCount } }')).partnerships.totalCount;
  await registerPartnership(platform.member.graphql, { name: 'Real Water Initiative', countries: ['KEN'] });
  page = await newIsolatedPage(browser, pageErrors);
}, 120_000);

afterAll(() => stopWebPlatform({ platform, browser }));

const rows = () => page.locator('.results-table tbody tr:not(.message-row)');

/** A demo partnership that shows a lot: reports, funding, and the overdue flag as asked. */
async function demoPartnershipSlug(overdue: boolean): Promise<string> {
  const data = dataOf(
    await platform.graphql(`{ partnerships(filter: { isDemo: true }, first: 100) { edges { node {
      slug progressReportOverdue progressReports { id } fundingConcentration { currency } indicators { id } } } } }`),
  );
  const nodes = data.partnerships.edges.map((edge: any) => edge.node);
  const rich = nodes.find(
    (node: any) =>
      node.progressReportOverdue === overdue &&
      (overdue || (node.progressReports.length > 0 && node.fundingConcentration.length > 0 && node.indicators.length > 0)),
  );
  if (!rich) throw new Error(`No demo partnership with progressReportOverdue=${overdue} and reports to show`);
  return rich.slug;
}

describe('web app over the demo data', () => {
  it('pages through the list with "Load more" and marks demo records', { timeout: TEST_TIMEOUT }, async () => {
    const total = demoCount + 1;
    await page.goto(platform.gatewayOrigin);
    await waitForText(page.getByTestId('total-count'), `${total} partnerships found, showing 20`);
    expect(await rows().count()).toBe(20);
    expect(await page.locator('.results-table .tag-demo').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Load more' }).click();
    await waitForText(page.getByTestId('total-count'), `${total} partnerships found, showing 40`);
    expect(await rows().count()).toBe(40);
    const names = await page.locator('.results-table tbody th a').allTextContents();
    expect(new Set(names).size).toBe(40);
    await checkPage(page, 'demo-list');

    await page.getByLabel('Records').selectOption({ label: 'Real partnerships only' });
    await waitForText(page.getByTestId('total-count'), '1 partnership found');
    expect(await page.locator('.results-table tbody th a').allTextContents()).toEqual(['Real Water Initiative']);
    expect(await page.locator('.results-table .tag-demo').count()).toBe(0);
    await checkPage(page, 'demo-list-real-only');
  });

  it('shows a demo partnership with its progress reports, funding and indicators', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/partnerships/${await demoPartnershipSlug(false)}`);
    await page.locator('h1').waitFor();
    await page.locator('.detail-header .tag-demo').waitFor();
    expect(await page.locator('section[aria-labelledby="progress-reports-heading"] li.report').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="funding-heading"] li.funding-currency').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="indicators-heading"] tbody tr').count()).toBeGreaterThan(0);
    await checkPage(page, 'demo-detail');
  });

  it('warns when a progress report is overdue', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/partnerships/${await demoPartnershipSlug(true)}`);
    await waitForText(page.getByTestId('overdue-warning'), 'Progress report overdue');
    await checkPage(page, 'demo-overdue');
  });

  it('folds the filters away on a phone', { timeout: TEST_TIMEOUT }, async () => {
    const phone = await newIsolatedPage(browser, pageErrors, { viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(`${platform.gatewayOrigin}/?phase=DESIGN`);
      await waitForText(phone.getByTestId('total-count'), 'partnerships found');
      expect(await phone.getByLabel('Phase', { exact: true }).isVisible()).toBe(false);
      await phone.getByRole('button', { name: 'Show filters (1 active)' }).click();
      expect(await phone.getByLabel('Phase', { exact: true }).inputValue()).toBe('DESIGN');
      await checkPage(phone, 'demo-phone');
    } finally {
      await phone.context().close();
    }
  });

  it('raised no script errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
