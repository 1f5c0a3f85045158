/**
 * A heatmap cell's background for the share of partnerships with the factor weak or
 * missing: white for none, deepening to a dark red; text stays readable on it through
 * readableTextColor. The number is always printed too.
 */
export function weakShareColor(share: number): string {
  if (!(share > 0)) return '#ffffff';
  const strength = 0.15 + 0.85 * Math.min(share, 1);
  const mix = (from: number, to: number) =>
    Math.round(from + (to - from) * strength)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(0xff, 0x9b)}${mix(0xff, 0x1c)}${mix(0xff, 0x1c)}`;
}
