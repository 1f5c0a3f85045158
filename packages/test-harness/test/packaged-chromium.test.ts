import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackedChromium } from '../src/browser/packaged-chromium.js';

describe('the Chromium shipped in @sparticuz/chromium', () => {
  let unpackRoot: string;
  beforeEach(async () => {
    // Private, as a checkout in /root or a `mktemp -d` is: the browser runs as us, so that is fine.
    unpackRoot = await mkdtemp(join(tmpdir(), 'msp-atlas-chromium-test-'));
    await chmod(unpackRoot, 0o700);
  });
  afterEach(() => rm(unpackRoot, { recursive: true, force: true }));

  it('is unpacked once by concurrent first users and launches headless through playwright-core', async () => {
    const [first, second] = await Promise.all([unpackedChromium(unpackRoot), unpackedChromium(unpackRoot)]);
    expect(second).toEqual(first);
    // One copy, no half-unpacked leftovers.
    expect(await readdir(unpackRoot)).toHaveLength(1);

    const browser = await chromium.launch({
      executablePath: first.executablePath,
      env: { ...process.env, ...first.env },
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>MSP Atlas</h1></main>');
      await expect(page.locator('h1').textContent()).resolves.toBe('MSP Atlas');
      // Text has a size only when the packaged fonts were found.
      expect((await page.locator('h1').boundingBox())?.width).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
  });
});
