import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkPage, launchTestBrowser, watchPage } from '../src/browser/launch-test-browser.js';

// checkPage over small pages served here: an accessible one passes, and each kind of
// problem fails with a report that names it.

const ACCESSIBLE = `<!doctype html><html lang="en"><head><title>Fine</title></head>
<body><main><h1>Fine</h1><label for="q">Search</label><input id="q"></main></body></html>`;
const UNLABELLED_AND_FAINT = `<!doctype html><html lang="en"><head><title>Broken</title></head>
<body><main><h1>Broken</h1><input id="q"><p style="color:#ccc;background:#fff">Faint text</p></main></body></html>`;
const CONSOLE_ERROR = ACCESSIBLE.replace('</body>', `<script>console.error('something broke')</script></body>`);
const FETCHES_MISSING = ACCESSIBLE.replace('</body>', `<script>fetch('/missing.json')</script></body>`);

let server: Server;
let origin: string;
let browser: Browser;
let screenshots: string;

beforeAll(async () => {
  const pages: Record<string, string> = {
    '/fine': ACCESSIBLE,
    '/broken': UNLABELLED_AND_FAINT,
    '/console-error': CONSOLE_ERROR,
    '/fetches-missing': FETCHES_MISSING,
  };
  server = createServer((request, response) => {
    const html = pages[request.url ?? ''];
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html' }).end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  screenshots = await mkdtemp(join(tmpdir(), 'msp-atlas-check-page-'));
  process.env.MSP_ATLAS_SCREENSHOT_DIR = screenshots;
  browser = await launchTestBrowser();
});

afterAll(async () => {
  delete process.env.MSP_ATLAS_SCREENSHOT_DIR;
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(screenshots, { recursive: true, force: true });
});

let problems: string[];
let page: Page;
beforeEach(async (context) => {
  problems = [];
  page = await browser.newPage();
  watchPage(page, problems);
  context.onTestFinished(() => page.close());
});

describe('checkPage', () => {
  it('passes an accessible page and saves its screenshot and axe results', async () => {
    await page.goto(`${origin}/fine`);
    await checkPage(page, 'fine');
    expect((await readFile(join(screenshots, 'fine.png'))).subarray(1, 4).toString()).toBe('PNG');
    expect(JSON.parse(await readFile(join(screenshots, 'fine.axe.json'), 'utf8'))).toMatchObject({ violations: [] });
  });

  it('fails on serious accessibility violations, naming the rule, its impact and the element', async () => {
    await page.goto(`${origin}/broken`);
    const failure = await checkPage(page, 'broken').catch((error: Error) => error.message);
    expect(failure).toMatch(/label \(critical\): Form elements must have labels/);
    expect(failure).toMatch(/color-contrast \(serious\)/);
    expect(failure).toContain('    #q');
  });

  it('fails on a console error', async () => {
    await page.goto(`${origin}/console-error`);
    await expect(checkPage(page, 'console-error')).rejects.toThrow(/console error: something broke/);
    expect(problems).toHaveLength(1);
  });

  it('fails on an HTTP error the test did not expect, and passes it once expected', async () => {
    await page.goto(`${origin}/fetches-missing`);
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    await expect(checkPage(page, 'fetches-missing')).rejects.toThrow(/HTTP 404 for GET .*\/missing\.json/);

    const expecting = await browser.newPage();
    try {
      const expected: string[] = [];
      watchPage(expecting, expected, [{ status: 404, url: /\/missing\.json$/ }]);
      const answered = expecting.waitForResponse(/missing\.json/);
      await expecting.goto(`${origin}/fetches-missing`);
      await answered;
      await checkPage(expecting, 'fetches-missing-expected');
      expect(expected).toEqual([]);
    } finally {
      await expecting.close();
    }
  });

  it('fails on a request that got no answer', async () => {
    await page.route('**/missing.json', (route) => route.abort('connectionrefused'));
    await page.goto(`${origin}/fetches-missing`);
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    await expect(checkPage(page, 'request-failed')).rejects.toThrow(/request failed: GET .*missing\.json: net::ERR_CONNECTION_REFUSED/);
  });
});
