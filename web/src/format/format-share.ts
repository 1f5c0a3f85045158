import { numberFormat } from './intl-formats';

/** A share between 0 and 1 as a percentage, e.g. 0.625 → `62.5 %` (`62,5 %` in German). */
export function formatShare(share: number): string {
  return `${numberFormat({ maximumFractionDigits: 1 }).format(share * 100)} %`;
}
