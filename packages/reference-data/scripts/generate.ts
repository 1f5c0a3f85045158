/**
 * Regenerates src/data/*.json from the Frictionless Data country-codes dataset in
 * ../shared/data/country-codes (relative to the repository root). Run with `npm run generate`;
 * commit the output.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountries } from './build-countries.js';
import { buildCurrencies } from './build-currencies.js';
import { buildRegions } from './build-regions.js';
import { readCountryRows } from './country-row.js';
import { writeJsonLines } from './write-json-lines.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '../..');
const csvPath = path.resolve(repoRoot, '../shared/data/country-codes/country-codes.csv');
const dataDir = path.join(packageDir, 'src/data');

const rows = readCountryRows(csvPath);
const countries = buildCountries(rows);
const regions = buildRegions(rows);
const currencies = buildCurrencies(rows);

writeJsonLines(path.join(dataDir, 'countries.json'), countries);
writeJsonLines(path.join(dataDir, 'regions.json'), regions);
writeJsonLines(path.join(dataDir, 'currencies.json'), currencies);

console.log(
  `reference-data: ${countries.length} countries, ${regions.length} regions, ` +
    `${currencies.length} currencies written to ${path.relative(repoRoot, dataDir)}`,
);
