import { isDeepStrictEqual } from 'node:util';
import type { Region, RegionLevel } from '../src/types.js';
import { cell, paddedCode, type CountryRow } from './country-row.js';
import { COLUMNS } from './csv-columns.js';

/** Each level of the M49 hierarchy as the CSV holds it, broadest first. */
const LEVELS: readonly { level: RegionLevel; code: string; name: string }[] = [
  { level: 'WORLD', code: COLUMNS.worldCode, name: COLUMNS.worldName },
  { level: 'REGION', code: COLUMNS.regionCode, name: COLUMNS.regionName },
  { level: 'SUB_REGION', code: COLUMNS.subRegionCode, name: COLUMNS.subRegionName },
  { level: 'INTERMEDIATE_REGION', code: COLUMNS.intermediateRegionCode, name: COLUMNS.intermediateRegionName },
];

/** The regions a row places its country in, each with the next broader one as parent. */
function regionsOfRow(row: CountryRow): Region[] {
  const regions: Region[] = [];
  for (const { level, code: codeColumn, name: nameColumn } of LEVELS) {
    const code = paddedCode(row, codeColumn);
    if (code === undefined) continue;
    const parentCode = regions.at(-1)?.code;
    regions.push({ code, name: cell(row, nameColumn), level, ...(parentCode === undefined ? {} : { parentCode }) });
  }
  return regions;
}

/** World and every region, sub-region and intermediate region the rows name, sorted by code. */
export function buildRegions(rows: readonly CountryRow[]): Region[] {
  const byCode = new Map<string, Region>();
  for (const region of rows.flatMap(regionsOfRow)) {
    const known = byCode.get(region.code);
    if (known && !isDeepStrictEqual(known, region)) {
      throw new Error(`region ${region.code} is described differently in different rows`);
    }
    if (region.name === '') throw new Error(`region ${region.code} has no name`);
    byCode.set(region.code, region);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
