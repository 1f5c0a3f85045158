import type { TextTemplate } from './demo-theme.js';
import { roundToTwoSignificant } from './round-number.js';
import type { SeededRandom } from './seeded-random.js';

/** What to put into a template's placeholders. */
export interface TextContext {
  place: string;
  commodity: string;
  year: number;
}

export function fillText(text: string, context: TextContext): string {
  return text.replaceAll('{place}', context.place).replaceAll('{commodity}', context.commodity).replaceAll('{year}', String(context.year));
}

/** Fills a template, drawing its `{n}` from the template's range. */
export function fillTemplate(random: SeededRandom, template: TextTemplate, context: TextContext): string {
  const text = fillText(template.text, context);
  if (!template.n) return text;
  const n = roundToTwoSignificant(random.float(template.n[0], template.n[1]));
  return text.replaceAll('{n}', withThousandsSeparators(n));
}

/** 12000 -> '12,000' (toLocaleString does the same, but far slower). */
function withThousandsSeparators(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 'a', 'a and b', 'a, b and c'. */
export function joinAsList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
