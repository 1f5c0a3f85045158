import { normalizeText } from './text-terms.js';

/** "Kisumu Water Trust Ltd." and "kisumu water trust ltd" meet. */
export function normalizeOrganizationName(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
