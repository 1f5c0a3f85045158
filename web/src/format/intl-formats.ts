import { currentIntlLocale } from '../i18n/i18n';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A format of the current language, made once per language, kind and options. */
function cachedFormat<Format extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, options: object, make: (locale: string) => Format): Format {
  const locale = currentIntlLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  const format = (cache.get(key) as Format | undefined) ?? make(locale);
  cache.set(key, format);
  return format;
}

export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormat('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormat('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}
