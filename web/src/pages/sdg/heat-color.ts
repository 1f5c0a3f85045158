/** A cell's background: the goal's colour, stronger the more partnerships; a pale grey for none. */
export function heatColor(goalColor: string, count: number, max: number): string {
  if (count === 0 || max === 0) return '#f2f2f2';
  const share = 0.25 + 0.75 * (count / max);
  const channel = (start: number) => {
    const goal = Number.parseInt(goalColor.slice(start, start + 2), 16);
    return Math.round(255 + (goal - 255) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
