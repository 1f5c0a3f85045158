import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, waitFor } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { curatorOf, type Platform, publishedLesson, registerPartnership } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The SDG explorer (goals, a goal's targets and indicators in the app's language, who
// works on each target where) and the coverage page for chosen countries (heatmap,
// orphaned targets, CSV export), over partnerships registered through the API.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let wells: { id: string; slug: string };

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  const money = (amount: number, currency: string) => ({ kind: 'FINANCIAL', amount, currency });
  wells = await registerPartnership(platform.member.graphql, {
    name: 'Andes Wells Alliance',
    countries: ['PER', 'BOL'],
    sdgTargets: ['6.1', '6.2'],
    stakeholders: [
      { organization: { name: 'Andes Water Fund', type: 'PHILANTHROPY', country: 'PER' }, roles: ['FUNDER'], contributions: [money(5000, 'USD')] },
    ],
  });
  const schools = await registerPartnership(platform.member.graphql, {
    name: 'Lima School Meals',
    countries: ['PER'],
    sdgTargets: ['2.1'],
    stakeholders: [
      { organization: { name: 'Lima Kitchens', type: 'CIVIL_SOCIETY', country: 'PER' }, roles: ['IMPLEMENTER'], contributions: [money(700, 'PEN')] },
    ],
  });
  // Both visible to the SDG service before the pages are opened.
  await waitFor(async () => {
    const data = dataOf(await platform.graphql(`{ sdgCoverage(filter: { countries: ["PER"] }) { partnerships } }`));
    return data.sdgCoverage.partnerships === 2;
  });
  expect(schools.id).toBeTruthy();
  page = await newIsolatedPage(browser, pageErrors);
}, 120_000);

afterAll(() => stopWebPlatform({ platform, browser }));

describe('the SDG explorer', () => {
  it('lists the 17 goals and leads to a goal with its targets, indicators and partnerships, in German too', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'SDGs' }).click();
    await page.getByRole('heading', { level: 1, name: 'SDG explorer' }).waitFor();
    const goals = page.getByTestId('sdg-goals').getByRole('link');
    await goals.first().waitFor();
    expect(await goals.count()).toBe(17);
    await checkPage(page, 'sdg-explorer');

    await goals.filter({ hasText: 'Clean water and sanitation' }).click();
    await page.getByRole('heading', { level: 1, name: 'SDG 6: Clean water and sanitation' }).waitFor();
    const targets = page.getByTestId('sdg-targets');
    expect(await targets.locator('> li').count()).toBe(8);
    const target61 = targets.locator('[data-target="6.1"]');
    await waitForText(target61, 'By 2030, achieve universal and equitable access to safe and affordable drinking water');
    await waitForText(target61, '6.1.1');
    await waitForText(page.getByTestId('partnerships-6.1'), 'Andes Wells Alliance');
    await waitForText(page.getByTestId('partnerships-6.1'), 'Peru');
    await checkPage(page, 'sdg-goal');

    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await page.getByRole('heading', { level: 1, name: 'SDG 6: Sauberes Wasser und Sanitärversorgung' }).waitFor();
    await waitForText(target61, 'Bis 2030');
    await checkPage(page, 'sdg-goal-de');

    await page.getByTestId('partnerships-6.1').getByRole('link', { name: 'Andes Wells Alliance' }).click();
    await page.waitForURL(`**/partnerships/${wells.slug}`);
    await page.getByLabel('Sprache').selectOption({ label: 'English' });
  });
});

describe('an SDG target page', () => {
  it('shows the target, who works on it where, and the published lessons on it', { timeout: TEST_TIMEOUT }, async () => {
    const author = await platform.signUp();
    const lesson = await publishedLesson(author, await curatorOf(platform, ['PER']), {
      title: 'Wells last when the village owns them',
      sdgTargets: ['6.1'],
      countries: ['PER'],
    });
    await page.goto(`${platform.gatewayOrigin}/sdg/goals/6`);
    await page.getByRole('link', { name: 'Target 6.1: its partnerships and lessons' }).click();
    await page.waitForURL('**/sdg/targets/6.1');
    await page.getByRole('heading', { level: 1, name: 'SDG target 6.1' }).waitFor();
    await waitForText(page.locator('.sdg-goal-banner'), 'safe and affordable drinking water');
    await waitForText(page.getByTestId('target-partnerships'), 'Andes Wells Alliance');
    const lessons = page.getByTestId('target-lessons');
    await lessons.getByRole('link', { name: lesson.title }).waitFor();
    await checkPage(page, 'sdg-target');

    await page.getByRole('link', { name: 'SDG 6: Clean water and sanitation' }).click();
    await page.waitForURL('**/sdg/goals/6');
  });
});

describe('the SDG coverage page', () => {
  it('shows a heatmap for chosen countries, lists orphaned targets and exports the figures as CSV', { timeout: TEST_TIMEOUT }, async () => {
    await page.goto(`${platform.gatewayOrigin}/sdg/coverage`);
    await page.getByRole('heading', { level: 1, name: 'SDG coverage' }).waitFor();
    await checkPage(page, 'sdg-coverage-empty');
    const countries = page.getByLabel('Countries', { exact: true });
    await countries.fill('Peru');
    await countries.press('Enter');
    await page.getByRole('button', { name: 'Show coverage' }).click();

    const heatmap = page.getByTestId('sdg-heatmap');
    await heatmap.locator('[data-target="6.1"][data-count="1"]').waitFor();
    expect(await heatmap.locator('[data-target="2.1"]').getAttribute('data-count')).toBe('1');
    expect(await heatmap.locator('[data-target="6.3"]').getAttribute('data-count')).toBe('0');
    await waitForText(page.getByTestId('coverage-totals'), '2 partnerships with declared targets, 2 organisations.');
    await waitForText(page.getByTestId('coverage-totals'), 'USD 5,000');
    const orphans = page.getByTestId('sdg-orphans');
    expect(await orphans.locator('li').count()).toBe(169 - 3);
    expect(await orphans.locator('[data-target="6.1"]').count()).toBe(0);
    await checkPage(page, 'sdg-coverage');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('sdg-coverage.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('goal,target,title,partnerships,organizations,money_PEN,money_USD');
    expect(lines).toHaveLength(1 + 169);
    expect(lines.find((line) => line.startsWith('6,6.1,'))).toMatch(/,1,1,0,5000$/);
    expect(lines.find((line) => line.startsWith('2,2.1,'))).toMatch(/,1,1,700,0$/);
  });
});
