/** Percentile of sorted samples by the nearest-rank method. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1]!;
}

export function describeLatencies(samplesMs: readonly number[]): string {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const format = (value: number) => `${value.toFixed(1)} ms`;
  return `p50 ${format(percentile(sorted, 50))}, p95 ${format(percentile(sorted, 95))}, p99 ${format(percentile(sorted, 99))}, max ${format(sorted.at(-1) ?? Number.NaN)} (n=${sorted.length})`;
}
