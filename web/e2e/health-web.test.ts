import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, waitFor } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { curatorOf, type Platform, publishedLesson, registerPartnership } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The health check in the web app: the section on a partnership's page (statuses,
// a factor's evidence and next step, a recommended lesson saying which weak factor it
// addresses), a member's self-assessment with the gap report
// and the trend chart (and a refused date shown at its field), and the national
// overview's heatmap whose cells lead to the partnerships they count.

const TEST_TIMEOUT = 60_000;

let platform: Platform;
let browser: Browser;
const pageErrors: string[] = [];
let water: { id: string; slug: string; name: string };

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  // Two partnerships in Kenya in the same phase and one elsewhere, bare enough that many factors are weak or missing.
  water = await registerPartnership(platform.member.graphql, { name: 'Lake Basin Water Partnership', phase: 'DESIGN', countries: ['KEN'] });
  await registerPartnership(platform.member.graphql, { name: 'Kisumu Sanitation Alliance', phase: 'DESIGN', countries: ['KEN'] });
  await registerPartnership(platform.member.graphql, { name: 'Andean Forest Compact', phase: 'IMPLEMENTATION', countries: ['PER'], sdgTargets: ['15.1'] });
}, 120_000);

afterAll(() => stopWebPlatform({ platform, browser }));

const newPage = () => newIsolatedPage(browser, pageErrors);

async function signIn(target: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await target.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await target.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await target.getByLabel('E-mail address').fill(account.email);
  await target.getByLabel('Password').fill(account.password);
  await target.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

interface FactorFromApi {
  factor: string;
  status: string;
  nextStep: { code: string; text: string } | null;
  evidence: { field: string; value: string }[];
}

/** The factor names as the English pages say them. */
const FACTOR_LABELS: Record<string, string> = JSON.parse(readFileSync(new URL('../src/i18n/catalogues/en/lessons.json', import.meta.url), 'utf8')).lessons
  .factor;

async function healthOf(id: string): Promise<FactorFromApi[]> {
  const data = dataOf(
    await platform.graphql(
      `query($id: ID!) { partnership(id: $id) { health { factors { factor status nextStep { code text } evidence { field value } } } } }`,
      { id },
    ),
  );
  return data.partnership.health.factors;
}

describe('the health check in the web app', () => {
  it("shows the partnership's health with a status per factor, a factor's evidence and next step, and what a recommended lesson addresses", {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const factors = await healthOf(water.id);
    const open = factors.find((factor) => ['WEAK', 'MISSING'].includes(factor.status) && factor.nextStep && factor.evidence.length > 0)!;
    expect(open).toBeTruthy();
    // A lesson tagged with that weak factor is recommended for what it addresses, once learning has read the health check.
    const author = await platform.signUp();
    const lesson = await publishedLesson(author, await curatorOf(platform, ['KEN']), {
      title: 'Writing the objectives down together',
      phases: ['DESIGN'],
      successFactors: [open.factor],
      countries: ['KEN'],
    });
    await waitFor(async () => {
      const recommended = dataOf(
        await platform.graphql(`query($id: ID!) { partnership(id: $id) { recommendedLessons(first: 5) { lesson { id } addresses } } }`, { id: water.id }),
      ).partnership.recommendedLessons;
      return recommended.some((item: any) => item.lesson.id === lesson.id && item.addresses.includes(open.factor));
    });

    const page = await newPage();
    await page.goto(`${platform.gatewayOrigin}/partnerships/${water.slug}`);
    const section = page.getByTestId('partnership-health');
    await section.getByTestId('health-areas').waitFor();
    expect(await section.locator('.health-area').count()).toBe(7);
    expect(await section.locator('details.health-factor').count()).toBe(18);
    // Each factor says its status in words as well as in colour.
    const item = section.locator(`details.health-factor[data-factor="${open.factor}"]`);
    expect(await item.getAttribute('data-status')).toBe(open.status);
    await waitForText(
      item.locator('summary'),
      { STRONG: 'Strong', ADEQUATE: 'Adequate', WEAK: 'Weak', MISSING: 'Missing', NOT_YET_EXPECTED: 'Not yet expected' }[open.status]!,
    );
    expect(await item.getByTestId('health-next-step').isVisible()).toBe(false);
    await item.locator('summary').click();
    await waitForText(item.getByTestId('health-evidence'), open.evidence[0]!.field);
    // The next step in the catalogue's words; its English says what the rule says.
    await waitForText(item.getByTestId('health-next-step'), open.nextStep!.text);
    await section.getByTestId('health-readiness').waitFor();
    await checkPage(page, 'health-section');
    const recommended = page.getByTestId('recommended-lessons').locator('li', { hasText: 'Writing the objectives down together' });
    await waitForText(recommended.getByTestId('lesson-addresses'), `addresses: ${FACTOR_LABELS[open.factor]}`);
  });

  it('lets a member submit a self-assessment and see the gap report and the trend chart; a refused date shows at its field', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const factors = await healthOf(water.id);
    const weak = factors.find((factor) => factor.status === 'MISSING' || factor.status === 'WEAK')!;
    expect(weak).toBeTruthy();
    const path = `/partnerships/${water.slug}/self-assessment`;

    // A visitor is told to sign in as a member.
    const visitor = await newPage();
    await visitor.goto(`${platform.gatewayOrigin}${path}`);
    await visitor.getByTestId('sign-in-prompt').waitFor();
    expect(await visitor.locator('form.health-form').count()).toBe(0);
    // Someone signed in who is no member is told that only members assess, and still reads the results.
    const outsider = await newPage();
    await signIn(outsider, await platform.signUp(), path);
    await waitForText(outsider.getByTestId('membership-needed'), 'Only the partnership’s members can submit a self-assessment.');
    await outsider.getByTestId('self-assessment-results').waitFor();
    expect(await outsider.locator('form.health-form').count()).toBe(0);

    const page = await newPage();
    await signIn(page, platform.member, path);
    await page.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
    await page.getByTestId('health-trend-empty').waitFor();
    const group = page.locator(`fieldset.health-score-fieldset[data-factor="${weak.factor}"]`);
    await group.getByRole('radio', { name: '5 – fully' }).check();
    await group.getByRole('textbox').fill('We think this is in good shape');

    // A date in the future is refused by the API and shown at the date field.
    const date = page.getByLabel('Date of the assessment');
    await date.fill('2999-01-01');
    await page.getByRole('button', { name: 'Save the self-assessment' }).click();
    await page.locator('#field-input-assessedOn-error').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'self-assessment-field-error');

    const lastYear = new Date().getUTCFullYear() - 1;
    await date.fill(`${lastYear}-06-01`);
    await page.getByRole('button', { name: 'Save the self-assessment' }).click();
    await waitForText(page.getByRole('status'), 'Your self-assessment has been saved.');
    // The members rate a weak factor highly: the gap report names it.
    await page.getByTestId('health-gaps').locator(`li[data-factor="${weak.factor}"][data-kind="SELF_HIGHER"]`).waitFor();
    await page.getByTestId('health-trend').waitFor();
    expect(await page.locator('.health-trend-chart').getAttribute('data-points')).toBe('1');

    // A second assessment, today, makes the trend a line over two dates.
    await group.getByRole('radio', { name: '3 – partly' }).check();
    await date.fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Save the self-assessment' }).click();
    await waitFor(async () => (await page.locator('.health-trend-chart').getAttribute('data-points')) === '2');
    expect(await page.locator('.health-trend-table thead th').count()).toBe(3);
    await checkPage(page, 'self-assessment-trend');
  });

  it('shows the national overview as a heatmap whose cells lead to the partnerships they count', { timeout: TEST_TIMEOUT }, async () => {
    // The overview counts from the health projection, which follows the events.
    let overview: any;
    await waitFor(async () => {
      overview = dataOf(
        await platform.graphql(`{ healthOverview(groupBy: PHASE) { partnerships groups { key partnerships } cells { factor group weak missing } } }`),
      ).healthOverview;
      return overview.partnerships >= 3;
    });
    const cell = overview.cells.find((candidate: any) => candidate.group === 'DESIGN' && candidate.weak + candidate.missing > 0);
    expect(cell).toBeTruthy();
    const count = cell.weak + cell.missing;

    const page = await newPage();
    await page.goto(`${platform.gatewayOrigin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Health check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnership health overview' }).waitFor();
    const heatmap = page.getByTestId('health-heatmap');
    const shown = heatmap.locator(`tr[data-factor="${cell.factor}"] td[data-group="DESIGN"]`);
    await shown.waitFor();
    expect(Number(await shown.getAttribute('data-count'))).toBe(count);
    await checkPage(page, 'health-overview');

    await shown.getByRole('link').click();
    await page.getByTestId('health-partnerships-total').waitFor();
    expect(Number(await page.getByTestId('health-partnerships-total').getAttribute('data-count'))).toBe(count);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/health/partnerships');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ factor: cell.factor, statuses: 'WEAK,MISSING', group: 'DESIGN' });
    const links = page.getByTestId('health-partnerships').getByRole('link');
    await links.first().waitFor();
    expect(await links.count()).toBe(count);
    await checkPage(page, 'health-partnerships');

    // Back on the overview, by country: Kenya's column counts the two Kenyan partnerships.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Partnership health overview' }).click();
    await page.getByRole('radio', { name: 'By country' }).check();
    await waitFor(async () => new URL(page.url()).searchParams.get('groupBy') === 'COUNTRY');
    await waitForText(page.getByTestId('health-heatmap').locator('thead th[data-group="KEN"]'), '2 partnerships');
  });
});
