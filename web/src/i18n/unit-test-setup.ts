import { i18n } from './i18n';
import en from './catalogues/en.json';

// Unit tests read labels and formats in English, as a browser whose language is English does.
await i18n.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
