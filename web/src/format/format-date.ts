import { dateTimeFormat } from './intl-formats';

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

/** `2024-03-05` (or a full ISO timestamp) as `5 Mar 2024` (`5. März 2024` in German); empty input gives an empty string. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : dateTimeFormat(DATE_OPTIONS).format(date);
}

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };

/** A moment (ISO timestamp) in the reader's own time zone: `5 Mar 2024, 14:07`. */
export function formatDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : dateTimeFormat(DATE_TIME_OPTIONS).format(date);
}
