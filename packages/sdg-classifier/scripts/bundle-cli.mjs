// Bundles the batch CLI into dist/sdg-classify.mjs so that `npm run sdg:classify` starts
// without transpiling TypeScript (bin/sdg-classify.mjs falls back to the sources when the
// bundle is missing or older than them). Run by `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
await build({
  entryPoints: [here('../src/cli/classify-cli.ts')],
  outfile: here('../dist/sdg-classify.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
