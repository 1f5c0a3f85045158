import type { Catalogue } from './load-catalogue';

/**
 * One language's catalogue from its parts (`catalogues/<code>/<part>.json`): a core part
 * and one per feature, so features add messages without touching each other's files.
 * Parts own disjoint top-level keys; a key claimed twice is a mistake, not an override.
 */
export function mergeCatalogueParts(parts: readonly { name: string; messages: Catalogue }[]): Catalogue {
  const merged: Catalogue = {};
  const owner = new Map<string, string>();
  for (const { name, messages } of parts) {
    for (const [key, value] of Object.entries(messages)) {
      const claimed = owner.get(key);
      if (claimed) throw new Error(`The message key "${key}" is in both ${claimed} and ${name}`);
      owner.set(key, name);
      merged[key] = value;
    }
  }
  return merged;
}
