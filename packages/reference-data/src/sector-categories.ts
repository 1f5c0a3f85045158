import sectorCategoryRows from './data/sector-categories.json' with { type: 'json' };

/** An OECD DAC 3-digit sector, as IATI's SectorCategory codelist publishes it. */
export interface SectorCategory {
  code: string;
  name: string;
}

export const sectorCategories: readonly SectorCategory[] = sectorCategoryRows;

const byCode = new Map(sectorCategories.map((sector) => [sector.code, sector]));

export function getSectorCategory(code: string): SectorCategory | undefined {
  return byCode.get(code);
}

export function isSectorCode(code: string): boolean {
  return byCode.has(code);
}
