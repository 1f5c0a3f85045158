import type { StakeholderSnapshot } from '@msp-atlas/event-contracts';
import type { AmountsByCurrency } from './partnership-stakeholder.table.js';

/**
 * Money each organisation brings, summed per currency. An organisation listed twice
 * counts once, with both its contributions; contributions without an amount or a
 * currency (in kind, person-days) carry no money.
 */
export function stakeholderAmounts(stakeholders: readonly StakeholderSnapshot[]): { organizationId: string; amounts: AmountsByCurrency }[] {
  const byOrganization = new Map<string, AmountsByCurrency>();
  for (const stakeholder of stakeholders) {
    const amounts = byOrganization.get(stakeholder.organizationId) ?? {};
    for (const contribution of stakeholder.contributions) {
      if (contribution.amount === null || contribution.currency === null) continue;
      amounts[contribution.currency] = (amounts[contribution.currency] ?? 0) + contribution.amount;
    }
    byOrganization.set(stakeholder.organizationId, amounts);
  }
  return [...byOrganization].map(([organizationId, amounts]) => ({ organizationId, amounts }));
}

/** Amounts per currency added up. */
export function totalAmounts(parts: readonly AmountsByCurrency[]): AmountsByCurrency {
  const total: AmountsByCurrency = {};
  for (const part of parts) for (const [currency, amount] of Object.entries(part)) total[currency] = (total[currency] ?? 0) + amount;
  return total;
}
