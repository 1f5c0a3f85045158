import { safeReturnPath } from './return-path';

/** The search parameters of a sign-in (or sign-up) page that comes back to `returnTo` afterwards. */
export function returnSearch(returnTo: string): { next?: string } {
  const target = safeReturnPath(returnTo);
  return target === '/' ? {} : { next: target };
}

/** The sign-in and sign-up routes' validateSearch. */
export function validateReturnSearch(raw: Record<string, unknown>): { next?: string } {
  return typeof raw.next === 'string' && raw.next !== '' ? { next: raw.next } : {};
}
