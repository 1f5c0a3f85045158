import type { ConsoleMessage, Page, Response } from 'playwright-core';

/** An HTTP error answer a test provokes on purpose (a refused token, a missing page). */
export interface ExpectedResponse {
  status: number;
  /** Matches the request's URL; any URL when left out. */
  url?: RegExp;
}

/** What went wrong on a watched page: script and console errors, failed requests, unexpected HTTP errors. */
export interface PageWatch {
  /** This page's problems; each is also added to the list given to `watchPage`. */
  readonly problems: string[];
  /** Allows this answer from now on, and the console error Chromium logs for it. */
  expectResponse(expected: ExpectedResponse): void;
}

const watches = new WeakMap<Page, PageWatch>();

/**
 * Collects every problem the page shows into `problems` (shared by a test file's pages,
 * so one assertion at its end covers them all), and lets `checkPage` fail at the page
 * where one happened.
 */
export function watchPage(page: Page, problems: string[], expected: readonly ExpectedResponse[] = []): PageWatch {
  const allowed = [...expected];
  const isExpected = (status: number, url: string) => allowed.some((entry) => entry.status === status && (entry.url?.test(url) ?? true));
  const own: string[] = [];
  const report = (problem: string) => {
    const located = `${problem} (on ${page.url()})`;
    own.push(located);
    problems.push(located);
  };

  page.on('pageerror', (error) => report(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isExpectedLoadError(message, isExpected)) report(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // The app cancels queries it no longer needs (urql aborts on teardown), and leaving a
    // page aborts what is still loading: neither is a failure.
    if (reason === 'net::ERR_ABORTED') return;
    report(`request failed: ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response: Response) => {
    if (response.status() >= 400 && !isExpected(response.status(), response.url())) {
      report(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });

  const watch: PageWatch = { problems: own, expectResponse: (entry) => allowed.push(entry) };
  watches.set(page, watch);
  return watch;
}

export function watchOf(page: Page): PageWatch {
  const watch = watches.get(page);
  if (!watch) throw new Error('checkPage needs a page watched by watchPage (newIsolatedPage does that)');
  return watch;
}

/** Chromium logs each HTTP error answer as "Failed to load resource: ... status of 401 (...)". */
function isExpectedLoadError(message: ConsoleMessage, isExpected: (status: number, url: string) => boolean): boolean {
  const status = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text())?.[1];
  return status !== undefined && isExpected(Number(status), message.location().url);
}
