/** Rounds to two significant digits, the way people write planned figures (12,000 not 11,873). */
export function roundToTwoSignificant(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}
