import type { LanguageCode } from './languages';

export type Catalogue = Record<string, unknown>;

// One chunk per catalogue, fetched when its language is chosen: only the active language loads.
const CATALOGUES = import.meta.glob<Catalogue>('./catalogues/*.json', { import: 'default' });

export async function loadCatalogue(code: LanguageCode): Promise<Catalogue> {
  const load = CATALOGUES[`./catalogues/${code}.json`];
  if (!load) throw new Error(`No catalogue for the language "${code}"`);
  return load();
}
