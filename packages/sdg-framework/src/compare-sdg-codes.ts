const DIGITS = /^\d+$/;

function compareSegments(a: string, b: string): number {
  const aIsNumber = DIGITS.test(a);
  const bIsNumber = DIGITS.test(b);
  if (aIsNumber && bIsNumber) return Number(a) - Number(b);
  if (aIsNumber !== bIsNumber) return aIsNumber ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Natural SDG order: numbered parts compare as numbers and come before lettered parts,
 * and a code comes before its children (6 < 6.1 < 6.1.1 < 6.2 < 6.10 < 6.a < 6.b < 7).
 */
export function compareSdgCodes(a: string, b: string): number {
  const aParts = a.split('.');
  const bParts = b.split('.');
  const shared = Math.min(aParts.length, bParts.length);
  for (let i = 0; i < shared; i++) {
    const order = compareSegments(aParts[i] ?? '', bParts[i] ?? '');
    if (order !== 0) return order;
  }
  return aParts.length - bParts.length;
}
