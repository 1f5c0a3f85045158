import { numberFormat } from './intl-formats';

/** An amount in its ISO 4217 currency, e.g. `USD 1,250,000` (`1.250.000 USD` in German); falls back to the plain number for odd codes. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return numberFormat({ style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${formatNumber(amount)}`;
  }
}

export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 2 }).format(value);
}
