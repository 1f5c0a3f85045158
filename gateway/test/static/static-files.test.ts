import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, staticFilesRoute } from '../../src/static-files.js';

// The web app's files from the gateway's origin, against a real HTTP server on a
// folder made for the test.

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-files-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log(1)');
  writeFileSync(`${root}-secret.txt`, 'outside');
  const route = staticFilesRoute(root);
  server = createServer((request, response) => {
    const handled = route(request, response, new URL(request.url ?? '/', 'http://localhost'));
    if (!handled) {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
  rmSync(`${root}-secret.txt`, { force: true });
});

describe('the static files of the web app', () => {
  it('serves an asset with a year of caching, and the app for a route of its own', async () => {
    const asset = await fetch(`${base}/assets/main-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const page = await fetch(`${base}/partnerships/some-slug`);
    expect(await page.text()).toContain('<title>app</title>');
  });

  it('serves the app (whose router says "not found") for a path that is not valid percent-encoding', async () => {
    const response = await fetch(`${base}/partnerships/%E0%A4%A`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('never leaves its folder, not even for a sibling whose name starts like it', () => {
    expect(fileFor(root, '/assets/main-abc.js')).toBe(join(root, 'assets', 'main-abc.js'));
    expect(fileFor(root, '/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor(root, `/../${root.split('/').pop()}-secret.txt`)).toBeNull();
    expect(fileFor(root, '/a%00b')).toBeNull();
  });
});
