import { getRegion, regions } from '@msp-atlas/reference-data';
import type { CodeOption } from './code-option';

/** World, the UN M49 regions and sub-regions, by name. */
export const REGION_OPTIONS: readonly CodeOption[] = regions
  .map((region) => ({ code: region.code, label: region.name }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

export function regionName(m49: string): string {
  return getRegion(m49)?.name ?? m49;
}
