import type { CombinedResources } from './combined-resources.type.js';

export function combinedResources(rows: readonly { funding: Record<string, number>; person_days: number }[]): CombinedResources {
  const funding = new Map<string, number>();
  let personDays = 0;
  for (const row of rows) {
    for (const [currency, amount] of Object.entries(row.funding)) funding.set(currency, (funding.get(currency) ?? 0) + amount);
    personDays += row.person_days;
  }
  return {
    funding: [...funding].sort(([, a], [, b]) => b - a).map(([currency, amount]) => ({ currency, amount })),
    personDays,
  };
}
