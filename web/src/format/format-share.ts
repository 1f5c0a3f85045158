/** A share between 0 and 1 as a percentage, e.g. 0.625 → `62.5 %`. */
export function formatShare(share: number): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(share * 100)} %`;
}
