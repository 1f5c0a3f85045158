import { currentIntlLocale } from '../i18n/i18n';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A number format of the current language, made once per language and options. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentIntlLocale();
  const key = `number ${locale} ${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format as Intl.NumberFormat;
}

/** A date format of the current language, made once per language and options. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentIntlLocale();
  const key = `date ${locale} ${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format as Intl.DateTimeFormat;
}
