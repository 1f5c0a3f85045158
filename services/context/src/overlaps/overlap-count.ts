import { badUserInput } from '@msp-atlas/federation';

/** At most this many overlaps per query: each one is scored exactly. */
export const MAX_OVERLAPS = 50;

export function overlapCount(first: number | null | undefined, field = 'first'): number {
  const count = first ?? 10;
  if (!Number.isInteger(count) || count < 1) throw badUserInput('Must be at least 1', field);
  if (count > MAX_OVERLAPS) throw badUserInput(`At most ${MAX_OVERLAPS}`, field);
  return count;
}
