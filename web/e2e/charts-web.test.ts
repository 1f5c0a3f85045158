import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { checkPage, screenshotPath } from '@msp-atlas/test-harness/browser';
import type { Platform } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { seedWebPartnerships } from './seed-web-partnerships.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The list page's world map over the demo data (and the few browsing records): the counts
// it shows are what the `partnerships` filter finds per country, and choosing a country
// filters the list. The partnership page's chart of who contributes what.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let page: Page;
let seeded: Awaited<ReturnType<typeof seedWebPartnerships>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform({ settings: { partnerships: { SEED_DEMO_DATA: true } } }));
  seeded = await seedWebPartnerships(platform.member.graphql);
  page = await newIsolatedPage(browser, pageErrors);
}, 120_000);

afterAll(() => stopWebPlatform({ platform, browser }));

/** Every country the registry's partnerships name, read from the list itself. */
async function namedCountries(): Promise<Set<string>> {
  const countries = new Set<string>();
  let after: string | null = null;
  do {
    const data: any = dataOf(
      await platform.graphql(
        `query($after: String) { partnerships(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { countries } } } }`,
        { after },
      ),
    );
    for (const edge of data.partnerships.edges) for (const country of edge.node.countries) countries.add(country);
    after = data.partnerships.pageInfo.hasNextPage ? data.partnerships.pageInfo.endCursor : null;
  } while (after);
  return countries;
}

async function listTotalIn(country: string): Promise<number> {
  return dataOf(await platform.graphql(`query($country: String!) { partnerships(filter: { countries: [$country] }) { totalCount } }`, { country })).partnerships
    .totalCount;
}

/** The country-count table, the screen readers' text alternative: country code → count. */
async function tableCounts(): Promise<Record<string, number>> {
  const rows = await page
    .locator('[data-testid="country-counts"] tbody tr')
    .evaluateAll((elements) => elements.map((row) => [row.getAttribute('data-country'), Number(row.querySelector('td')?.textContent)] as const));
  return Object.fromEntries(rows);
}

/** The countries drawn with a count on the map: country code → count. */
async function mapCounts(): Promise<Record<string, number>> {
  const shapes = await page
    .locator('[data-testid="world-map"] [data-country]')
    .evaluateAll((elements) => elements.map((shape) => [shape.getAttribute('data-country'), Number(shape.getAttribute('data-count'))] as const));
  return Object.fromEntries(shapes);
}

describe('the world map on the list page', () => {
  it('shows every country of the demo data with the count the partnerships filter returns for it', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(platform.gatewayOrigin);
    await page.getByTestId('world-map').locator('[data-country]').first().waitFor();

    const expected: Record<string, number> = {};
    for (const country of await namedCountries()) expected[country] = await listTotalIn(country);
    expect(Object.keys(expected).length).toBeGreaterThan(5);

    expect(await tableCounts()).toEqual(expected);
    const onTheMap = await mapCounts();
    expect(Object.keys(onTheMap).length).toBeGreaterThan(5);
    for (const [country, count] of Object.entries(onTheMap)) expect(count, country).toBe(expected[country]);
    await page.screenshot({ path: screenshotPath('world-map') });
    await checkPage(page, 'list-with-world-map');
  });

  it('filters the list by the country clicked, and by the one chosen with Enter', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(platform.gatewayOrigin);
    const shapes = page.getByTestId('world-map').locator('[data-country]');
    await shapes.first().waitFor();
    // The two largest outlines, to click their middle; not those split by the date line (Fiji, Russia).
    const [first, second] = await shapes.evaluateAll((elements) =>
      elements
        // The gateway's type check has no DOM types: getBBox is SVGGraphicsElement's.
        .map((element) => ({ element, box: (element as unknown as { getBBox(): { width: number; height: number } }).getBBox() }))
        .filter(({ box }) => box.width < 400)
        .sort((left, right) => right.box.width * right.box.height - left.box.width * left.box.height)
        .slice(0, 2)
        .map(({ element }) => ({ country: element.getAttribute('data-country')!, count: Number(element.getAttribute('data-count')) })),
    );

    await page.locator(`[data-testid="world-map"] [data-country="${first!.country}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('country') === first!.country);
    await waitForText(page.getByTestId('total-count'), new RegExp(`^${first!.count} partnerships? found`));
    expect(await page.locator(`[data-country="${first!.country}"]`).first().getAttribute('aria-pressed')).toBe('true');

    const secondShape = page.locator(`[data-testid="world-map"] [data-country="${second!.country}"]`);
    await secondShape.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('country') === second!.country);
    await waitForText(page.getByTestId('total-count'), new RegExp(`^${second!.count} partnerships? found`));

    // The focus stays on the country chosen; choosing it again (Space, this time) shows every country's partnerships.
    expect(await secondShape.evaluate((shape) => shape === shape.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press(' ');
    await page.waitForURL((url) => !url.searchParams.has('country'));
  });
});

/** Cell texts with Intl's non-breaking spaces (`USD 600,000`) as plain ones. */
const plainText = (rows: (string | null | undefined)[][]) => rows.map((row) => row.map((text) => text?.replace(/\s+/g, ' ')));

describe('the contributions chart on the partnership page', () => {
  it('charts and tabulates the contributions of each organisation by kind', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/partnerships/${seeded.water.slug}`);
    const chart = page.getByTestId('contributions-chart');
    await chart.waitFor();

    const bars = async (measure: string) =>
      plainText(
        await chart
          .locator(`[data-measure="${measure}"] .measure-bar`)
          .evaluateAll((items) =>
            items.map((item) => [item.querySelector('.measure-bar-name')?.textContent, item.querySelector('.measure-bar-value')?.textContent]),
          ),
      );
    expect(await bars('FINANCIAL:USD')).toEqual([
      ['Ministry of Water, Sanitation and Irrigation', 'USD 600,000'],
      ['Blue Horizon Foundation', 'USD 200,000'],
    ]);
    expect(await bars('STAFF_TIME:person-days')).toEqual([['Nairobi University', '120 person-days']]);
    await waitForText(chart.locator('[data-measure="FINANCIAL:USD"] figcaption'), '2 organisations, USD 800,000 in all');

    await page.getByText('Show the contributions as a table').click();
    const table = page.getByTestId('contributions-table');
    const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
    expect(plainText(cells)).toEqual([
      ['Ministry of Water, Sanitation and Irrigation', 'Financial', 'USD 600,000'],
      ['Blue Horizon Foundation', 'Financial', 'USD 200,000'],
      ['Nairobi University', 'Staff time', '120 person-days'],
    ]);
    await page.locator('section[aria-labelledby="contributions-heading"]').screenshot({ path: screenshotPath('contributions-chart') });
    await checkPage(page, 'partnership-with-contributions-chart');
  });
});

describe('the browser', () => {
  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
