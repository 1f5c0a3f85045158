// ISO dates (YYYY-MM-DD) in UTC, the way the registry counts them.

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day `months` earlier (JavaScript's month arithmetic, as the registry's report-overdue.ts uses). */
export function monthsBefore(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/** True when `date` lies less than `months` before `today` (a date `months` back or earlier is old). */
export function isWithinMonths(date: string, today: string, months: number): boolean {
  return date > monthsBefore(today, months);
}

/** The first day on which `date` is `months` old, i.e. no longer within the window. */
export function ageingOutOn(date: string, months: number): string {
  // The same day `months` later is right or a few days off at month ends; monthsBefore is
  // monotonic, so a few steps either way find the first day it reaches `date`.
  const later = new Date(`${date}T00:00:00Z`);
  later.setUTCMonth(later.getUTCMonth() + months);
  let day = later.toISOString().slice(0, 10);
  while (monthsBefore(day, months) < date) day = addDays(day, 1);
  while (monthsBefore(addDays(day, -1), months) >= date) day = addDays(day, -1);
  return day;
}
