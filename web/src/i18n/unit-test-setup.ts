import { i18n } from './i18n';
import type { Catalogue } from './load-catalogue';
import { mergeCatalogueParts } from './merge-catalogue-parts';

const english = import.meta.glob<Catalogue>('./catalogues/en/*.json', { import: 'default', eager: true });
const en = mergeCatalogueParts(Object.entries(english).map(([name, messages]) => ({ name, messages })));

// Unit tests read labels and formats in English, as a browser whose language is English does.
await i18n.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
