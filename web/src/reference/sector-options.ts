import { getSectorCategory, sectorCategories } from '@msp-atlas/reference-data';
import type { CodeOption } from './code-option';

/** OECD DAC 3-digit sectors, by name. */
export const SECTOR_OPTIONS: readonly CodeOption[] = sectorCategories
  .map((sector) => ({ code: sector.code, label: sector.name }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

export function sectorName(code: string): string {
  return getSectorCategory(code)?.name ?? code;
}
