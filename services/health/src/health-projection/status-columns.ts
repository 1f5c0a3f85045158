import { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { HealthStatus } from '@msp-atlas/partnership-health';

// The projection keeps one smallint column per factor: a scan of 100,000 rows counting
// 18 × 5 cells takes about a tenth of a second, where unnesting an array of statuses
// takes several times that (services/partnerships/README.md, "Health overview").

export const FACTORS: readonly SuccessFactor[] = Object.values(SuccessFactor);

export type StatusColumn = `status_${Lowercase<SuccessFactor>}`;

export function statusColumn(factor: SuccessFactor): StatusColumn {
  return `status_${factor.toLowerCase()}` as StatusColumn;
}

/** Status codes in the order the overview counts them. */
export const STATUS_CODES: readonly HealthStatus[] = [
  HealthStatus.STRONG,
  HealthStatus.ADEQUATE,
  HealthStatus.WEAK,
  HealthStatus.MISSING,
  HealthStatus.NOT_YET_EXPECTED,
];

export function statusCode(status: HealthStatus): number {
  return STATUS_CODES.indexOf(status);
}

export function statusOfCode(code: number): HealthStatus {
  const status = STATUS_CODES[code];
  if (!status) throw new Error(`no health status has the code ${code}`);
  return status;
}
