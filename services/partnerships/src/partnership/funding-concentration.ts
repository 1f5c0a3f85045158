import type { FundingConcentration } from './funding-concentration.type.js';

export interface FinancialContribution {
  organizationId: string;
  amount: number;
  currency: string;
}

/**
 * Shares per funder (an organisation's contributions added up), per currency,
 * largest total first. Currencies whose total is zero say nothing about
 * concentration and are left out.
 */
export function fundingConcentration(contributions: readonly FinancialContribution[]): FundingConcentration[] {
  const byCurrency = new Map<string, Map<string, number>>();
  for (const { organizationId, amount, currency } of contributions) {
    const funders = byCurrency.get(currency) ?? new Map<string, number>();
    funders.set(organizationId, (funders.get(organizationId) ?? 0) + amount);
    byCurrency.set(currency, funders);
  }
  const results: FundingConcentration[] = [];
  for (const [currency, funders] of byCurrency) {
    const total = [...funders.values()].reduce((sum, amount) => sum + amount, 0);
    if (total <= 0) continue;
    let largestFunderId: string | null = null;
    let largest = -1;
    let herfindahlIndex = 0;
    for (const [organizationId, amount] of funders) {
      const share = amount / total;
      herfindahlIndex += share * share;
      if (amount > largest || (amount === largest && organizationId < (largestFunderId ?? ''))) {
        largest = amount;
        largestFunderId = organizationId;
      }
    }
    results.push({
      currency,
      totalAmount: round(total, 2),
      funderCount: [...funders.values()].filter((amount) => amount > 0).length,
      largestFunderId,
      largestFunderShare: round(largest / total, 6),
      herfindahlIndex: round(herfindahlIndex, 6),
    });
  }
  return results.sort((a, b) => b.totalAmount - a.totalAmount || a.currency.localeCompare(b.currency));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
