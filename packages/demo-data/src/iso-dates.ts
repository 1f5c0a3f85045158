// Calendar arithmetic on `YYYY-MM-DD` strings, in UTC like the rest of the API.

const DAY_MS = 86_400_000;

function toTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toTime(isoDate) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Today's date in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
