#!/usr/bin/env node
// Runs the batch classifier: the bundle from `npm run build` when it is at least as new as
// every source and model file, the TypeScript sources through tsx otherwise.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'sdg-classify.mjs');

const newest = (folder) => {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};
const bundleTime = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
})();

if (bundleTime >= Math.max(newest(join(root, 'src')), newest(join(root, 'model')))) {
  process.env.SDG_CLASSIFY_FROM = 'bundle';
  await import(pathToFileURL(bundle).href);
} else {
  process.env.SDG_CLASSIFY_FROM = 'sources (run npm run build for the faster bundle)';
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'classify-cli.ts')).href);
}
