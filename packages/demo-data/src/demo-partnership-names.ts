import type { DemoLocation } from './demo-location.js';
import type { DemoTheme } from './demo-theme.js';
import { fillText } from './demo-texts.js';
import type { SeededRandom } from './seeded-random.js';

const editions = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * A name from the theme's templates that `used` does not hold yet; a repeated
 * name becomes a second (third, ...) edition, and failing that gets a number.
 */
export function uniquePartnershipName(random: SeededRandom, theme: DemoTheme, location: DemoLocation, used: Set<string>): string {
  const context = { place: location.label, commodity: location.commodity, year: 0 };
  const base = fillText(random.pick(theme.names), context);
  const candidates = [base, ...editions.map((edition) => `${base} ${edition}`)];
  let name = candidates.find((candidate) => !used.has(candidate));
  for (let number = 11; !name; number++) {
    if (!used.has(`${base} ${number}`)) name = `${base} ${number}`;
  }
  used.add(name);
  return name;
}
