/** ColorBrewer's sequential Blues, light to dark: told apart from the grey of countries without any. */
export const COUNT_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export const NO_COUNT_COLOUR = '#e6e8eb';

/** One step of the legend: counts from `low` to `high` share `colour`. */
export interface CountStep {
  low: number;
  high: number;
  colour: string;
}

/**
 * Up to five steps of equal width from 1 to the largest count (fewer when the counts
 * are small, so no step is empty of whole numbers): few countries hold many partnerships,
 * and equal steps keep the legend readable as plain numbers.
 */
export function countSteps(maxCount: number): CountStep[] {
  if (maxCount < 1) return [];
  const stepCount = Math.min(COUNT_COLOURS.length, maxCount);
  const width = maxCount / stepCount;
  // With fewer steps, the darker colours: a lone count of 1 should still stand out.
  return COUNT_COLOURS.slice(COUNT_COLOURS.length - stepCount).map((colour, index) => ({
    low: index === 0 ? 1 : Math.floor(width * index) + 1,
    high: index === stepCount - 1 ? maxCount : Math.floor(width * (index + 1)),
    colour,
  }));
}

export function colourForCount(count: number, steps: readonly CountStep[]): string {
  if (count < 1) return NO_COUNT_COLOUR;
  return (steps.find((step) => count <= step.high) ?? steps[steps.length - 1])?.colour ?? NO_COUNT_COLOUR;
}
