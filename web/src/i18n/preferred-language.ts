import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from './languages';

const STORAGE_KEY = 'msp-atlas.language';

/** The language chosen earlier in this browser; else the first of the browser's languages the app speaks; else English. */
export function preferredLanguage(): LanguageCode {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function storeLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage may be switched off; the choice then lasts until the tab closes.
  }
}

function readStoredLanguage(): LanguageCode | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguageCode(stored) ? stored : null;
  } catch {
    return null;
  }
}
