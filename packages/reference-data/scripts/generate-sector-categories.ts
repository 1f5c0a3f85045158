// Builds src/data/sector-categories.json from the IATI SectorCategory codelist
// (OECD DAC 3-digit sectors) in ../shared/data/iati. Run from the repository.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(packageDir, '../../../shared/data/iati/codelists/SectorCategory.xml');
const xml = readFileSync(source, 'utf8');

const items = [...xml.matchAll(/<codelist-item([^>]*)>([\s\S]*?)<\/codelist-item>/g)]
  .filter(([, attributes]) => !/status="withdrawn"/.test(attributes ?? ''))
  .map(([, , body]) => {
    const code = /<code>(\d{3})<\/code>/.exec(body ?? '')?.[1];
    const name = /<name>\s*<narrative>([^<]+)<\/narrative>/.exec(body ?? '')?.[1];
    if (!code || !name) throw new Error(`Unreadable sector item: ${body}`);
    return { code, name: decodeEntities(name.trim()) };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(resolve(packageDir, 'src/data/sector-categories.json'), `${JSON.stringify(items)}\n`);
console.log(`${items.length} sector categories written`);

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'");
}
