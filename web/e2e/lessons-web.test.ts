import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, waitFor } from '@msp-atlas/test-harness';
import { checkPage } from '@msp-atlas/test-harness/browser';
import { curatorOf, type Platform, publishedLesson, registerPartnership, type SignedUpAccount } from '@msp-atlas/gateway/testing';
import { newIsolatedPage, waitForText } from './browser-pages.js';
import { startWebPlatform, stopWebPlatform } from './web-platform.js';

// The learning library in the built web app: a lesson contributed, moderated and then
// found by search (facets, highlighted snippets, the URL holding the search); a lesson
// whose Markdown carries a script, an event handler and javascript: links rendered
// inert in the browser; the lessons on a partnership's page; a target's lessons.

const TEST_TIMEOUT = 90_000;

let platform: Platform;
let browser: Browser;
let author: SignedUpAccount;
let curator: SignedUpAccount;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ platform, browser } = await startWebPlatform());
  author = await platform.signUp({ name: 'Wanjiru Kamau' });
  curator = await curatorOf(platform, ['KEN']);
});
afterAll(() => stopWebPlatform({ platform, browser }));

const newPage = () => newIsolatedPage(browser, pageErrors);

async function signIn(target: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await target.goto(`${platform.gatewayOrigin}/sign-in?next=${encodeURIComponent(next)}`);
  await target.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await target.getByLabel('E-mail address').fill(account.email);
  await target.getByLabel('Password').fill(account.password);
  await target.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

async function pick(page: Page, label: string, typed: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(typed);
  await input.press('Enter');
}

describe('the learning library in the web app', () => {
  it('lets a lesson be contributed, moderated and then found by search', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage();
    await signIn(page, author, '/lessons/new');
    await page.getByRole('heading', { level: 1, name: 'Contribute a lesson' }).waitFor();
    await page.getByLabel('Title (required)').fill('Borehole committees that keep the pumps running');
    await page.getByLabel('Lesson', { exact: true }).fill('## What worked\n\nEach village elected a **borehole committee** that collects small fees.');
    await page.getByLabel('Kind of lesson').selectOption('SUCCESS');
    await pick(page, 'Phases', 'Implementation');
    await pick(page, 'Success factors', 'Resources');
    await pick(page, 'SDG targets', '6.1');
    await pick(page, 'Countries', 'Kenya');
    await checkPage(page, 'lesson-contribute-form');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('lesson-preview').getByRole('heading', { name: 'What worked' }).waitFor();
    expect(await page.getByTestId('lesson-preview').locator('strong').textContent()).toBe('borehole committee');
    await checkPage(page, 'lesson-contribute-preview');
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Borehole committees that keep the pumps running' }).waitFor();
    await waitForText(page.getByTestId('lesson-status'), 'Draft');
    await checkPage(page, 'lesson-draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await waitForText(page.getByTestId('lesson-status'), 'Submitted for review');
    const lessonPath = new URL(page.url()).pathname;

    // Not public yet: an anonymous search does not find it.
    const visitor = await newPage();
    await visitor.goto(`${platform.gatewayOrigin}/lessons?q=borehole`);
    await visitor.getByRole('heading', { level: 2, name: '0 lessons' }).waitFor();

    const moderator = await newPage();
    await signIn(moderator, curator, '/lessons/moderation');
    await moderator.getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();
    await moderator.getByTestId('moderation-queue').getByRole('link', { name: 'Borehole committees that keep the pumps running' }).click();
    await moderator.getByRole('button', { name: 'Publish' }).waitFor();
    await checkPage(moderator, 'lesson-moderate');
    await moderator.getByLabel('Note to the author').fill('Clear and useful, thank you');
    await moderator.getByRole('button', { name: 'Publish' }).click();
    await waitForText(moderator.getByTestId('moderation-note'), 'Clear and useful, thank you');
    expect(new URL(moderator.url()).pathname).toBe(lessonPath);

    await visitor.goto(`${platform.gatewayOrigin}/lessons?q=boreholes`);
    const results = visitor.getByTestId('lesson-results');
    await results.getByRole('link', { name: 'Borehole committees that keep the pumps running' }).waitFor();
    expect(await results.locator('mark').first().textContent()).toMatch(/^borehole$/i);
    await checkPage(visitor, 'lesson-search');
    // Narrowing by a facet puts it in the address, so the search can be shared.
    await visitor.getByTestId('lesson-facets').getByRole('checkbox', { name: /Kenya/ }).check();
    await waitFor(async () => new URL(visitor.url()).searchParams.get('country') === 'KEN');
    expect(new URL(visitor.url()).searchParams.get('q')).toBe('boreholes');
    const shared = await newPage();
    await shared.goto(visitor.url());
    await shared.getByTestId('lesson-results').getByRole('link', { name: 'Borehole committees that keep the pumps running' }).waitFor();
    expect(await shared.getByTestId('lesson-facets').getByRole('checkbox', { name: /Kenya/ }).isChecked()).toBe(true);
    await shared.getByRole('link', { name: 'Borehole committees that keep the pumps running' }).click();
    await shared.getByRole('heading', { level: 1, name: 'Borehole committees that keep the pumps running' }).waitFor();
    await waitForText(shared.getByTestId('lesson-body'), 'Each village elected');
    await checkPage(shared, 'lesson-page');
  });

  it('renders scripts, event handlers and javascript: links in a lesson inert', { timeout: TEST_TIMEOUT }, async () => {
    const hostile = [
      '# Hostile lesson',
      '<script>window.__lessonPwned = "script"</script>',
      '<img src="x" onerror="window.__lessonPwned = \'onerror\'">',
      "[Click for details](javascript:window.__lessonPwned='link')",
      '<a href="javascript:window.__lessonPwned=\'anchor\'">raw anchor</a>',
      "[Encoded](jav&#x61;script:window.__lessonPwned='encoded')",
      'An ordinary [safe link](https://example.org/report).',
    ].join('\n\n');
    const lesson = await publishedLesson(author, curator, { title: 'A lesson with hostile Markdown', body: hostile, countries: ['KEN'] });
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${platform.gatewayOrigin}/lessons/${lesson.id}`);
    const body = page.getByTestId('lesson-body');
    await body.getByRole('heading', { name: 'Hostile lesson' }).waitFor();
    // The raw HTML shows as text; nothing of it became an element.
    await waitForText(body, '<script>window.__lessonPwned');
    expect(await body.locator('script, img, iframe, [onerror], [onclick]').count()).toBe(0);
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/report']);
    // Clicking where the links would be changes nothing either.
    await body.getByText('Click for details').click();
    await body.getByText('Encoded').click();
    expect(await page.evaluate<string | null>('window.__lessonPwned ?? null')).toBeNull();
    expect(dialogs).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(`/lessons/${lesson.id}`);
    await checkPage(page, 'lesson-hostile');

    // The contribution form's preview renders the same way.
    await signIn(page, author, '/lessons/new');
    await page.getByLabel('Lesson', { exact: true }).fill(hostile);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('lesson-preview');
    await preview.getByRole('heading', { name: 'Hostile lesson' }).waitFor();
    expect(await preview.locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.evaluate<string | null>('window.__lessonPwned ?? null')).toBeNull();
    expect(dialogs).toEqual([]);
  });

  it('shows a partnership its own lessons and those for where it stands, and a target its lessons', { timeout: TEST_TIMEOUT }, async () => {
    const partnership = await registerPartnership(platform.member.graphql, { name: 'Nyeri Water Trust', countries: ['KEN'], sdgTargets: ['6.1'] });
    // The learning service takes a lesson of the partnership once the registration event reached it: until then the draft is refused.
    await waitFor(() =>
      publishedLesson(author, curator, { title: 'What the Nyeri trust learned', countries: ['KEN'], partnershipId: partnership.id }).then(
        () => true,
        () => false,
      ),
    );
    await publishedLesson(author, curator, { title: 'Water kiosks in Kisumu', countries: ['KEN'], sdgTargets: ['6.1'], phases: ['INITIATION'] });
    const page = await newPage();
    await page.goto(`${platform.gatewayOrigin}/partnerships/${partnership.slug}`);
    const section = page.getByTestId('partnership-lessons');
    await section.getByTestId('own-lessons').getByRole('link', { name: 'What the Nyeri trust learned' }).waitFor();
    const recommended = section.getByTestId('recommended-lessons').locator('li', { hasText: 'Water kiosks in Kisumu' });
    await waitForText(recommended, 'same phase (Initiation)');
    await waitForText(recommended, 'SDG target 6.1');
    await checkPage(page, 'partnership-lessons');

    await page.goto(`${platform.gatewayOrigin}/lessons?target=6.1`);
    await page.getByTestId('lesson-results').getByRole('link', { name: 'Water kiosks in Kisumu' }).waitFor();
    expect(dataOf(await platform.graphql('{ lessons(filter: { sdgTargets: ["6.1"] }) { totalCount } }')).lessons.totalCount).toBe(
      await page.getByTestId('lesson-results').locator('li').count(),
    );
    await checkPage(page, 'target-lessons');
  });
});
