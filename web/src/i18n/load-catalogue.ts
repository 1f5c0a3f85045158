import type { LanguageCode } from './languages';
import { mergeCatalogueParts } from './merge-catalogue-parts';

export type Catalogue = Record<string, unknown>;

// One chunk per catalogue part, fetched when its language is chosen: only the active language loads.
const PARTS = import.meta.glob<Catalogue>('./catalogues/*/*.json', { import: 'default' });

export async function loadCatalogue(code: LanguageCode): Promise<Catalogue> {
  const prefix = `./catalogues/${code}/`;
  const paths = Object.keys(PARTS)
    .filter((path) => path.startsWith(prefix))
    .sort();
  if (paths.length === 0) throw new Error(`No catalogue for the language "${code}"`);
  // biome-ignore lint/style/noNonNullAssertion: paths were taken from the keys of PARTS
  const parts = await Promise.all(paths.map(async (path) => ({ name: path, messages: await PARTS[path]!() })));
  return mergeCatalogueParts(parts);
}
