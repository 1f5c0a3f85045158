import type { HealthEvidence } from '../health-evaluation.js';

/** One figure a rule read; `field` is the path on the Partnership type it came from. */
export function evidence(field: string, value: string | number | boolean | null, text: string): HealthEvidence {
  return { field, value: value === null ? 'none' : String(value), text };
}

/** "1 objective", "3 objectives". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A 0..1 share as a percentage, e.g. 0.9 -> "90 %". */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
