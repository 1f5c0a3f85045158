import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { RouteHandler } from '@msp-atlas/service-runtime';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app from the gateway's origin. Paths without a file fall
 * back to index.html so the app's own routes survive a reload; hashed assets are
 * cached for a year.
 */
export function staticFilesRoute(rootDir: string): RouteHandler {
  const root = resolve(rootDir);
  return (request, response, url) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const index = join(root, 'index.html');
    if (!existsSync(index)) return false;
    const requested = fileFor(root, url.pathname);
    const file = requested && existsSync(requested) && statSync(requested).isFile() ? requested : index;
    response.statusCode = 200;
    response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('cache-control', file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (request.method === 'HEAD') {
      response.end();
      return true;
    }
    createReadStream(file).pipe(response);
    return true;
  };
}

/**
 * The file a path names inside the root, or null: for a path that is not valid
 * percent-encoding (`%E0%A4%A`) or leads outside the root, the app's page is served,
 * and its router shows "not found".
 */
export function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const requested = normalize(join(root, decoded));
  return requested.startsWith(root + sep) ? requested : null;
}
