// Build step: the JavaScript a first visit to the list page loads (the entry and the
// chunks it imports statically, read from Vite's manifest), gzipped, must stay within
// the budget of issue 8. Lazily loaded pages do not count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 200;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const distDir = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', distDir), 'utf8')) as Record<string, ManifestChunk>;

function firstVisitFiles(): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  // biome-ignore lint/style/noNonNullAssertion: seen holds only keys visited in the manifest
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

// kB as Vite prints them (1000 bytes), gzip at its default level as Vite measures.
const gzippedKb = (file: string) => gzipSync(readFileSync(fileURLToPath(new URL(file, distDir)))).length / 1000;

const sizes = firstVisitFiles().map((file) => ({ file, kb: gzippedKb(file) }));
const total = sizes.reduce((sum, { kb }) => sum + kb, 0);
for (const { file, kb } of sizes.sort((a, b) => b.kb - a.kb)) console.log(`  ${kb.toFixed(2).padStart(7)} kB  ${file}`);
console.log(`JavaScript of a first visit to the list page: ${total.toFixed(2)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`Over the bundle budget by ${(total - BUDGET_KB).toFixed(2)} kB: split heavy parts off into chunks loaded when needed.`);
  process.exit(1);
}
