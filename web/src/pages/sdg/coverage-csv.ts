/** One row of the coverage export: a target with its counts and money. */
export interface CoverageCsvRow {
  goal: number;
  target: string;
  title: string;
  partnerships: number;
  organizations: number;
  money: readonly { currency: string; amount: number }[];
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The coverage as CSV (RFC 4180): one line per target, a money column per currency
 * found, amounts as plain numbers so a spreadsheet can add them.
 */
export function coverageCsv(rows: readonly CoverageCsvRow[]): string {
  const currencies = [...new Set(rows.flatMap((row) => row.money.map((m) => m.currency)))].sort();
  const header = ['goal', 'target', 'title', 'partnerships', 'organizations', ...currencies.map((currency) => `money_${currency}`)];
  const lines = rows.map((row) => {
    const money = new Map(row.money.map((m) => [m.currency, m.amount]));
    return [row.goal, row.target, row.title, row.partnerships, row.organizations, ...currencies.map((currency) => money.get(currency) ?? 0)]
      .map(cell)
      .join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
