import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Exchange rates into one reporting currency, as of one date, from a named source:
 * `rates[X]` is what one unit of X is worth in `currency`. Read once at start from the
 * file SDG_RATES_FILE names; without one, coverage reports money per currency only.
 */
const ratesTableSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  date: z.iso.date(),
  source: z.string().min(1),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});

export type RatesTable = z.infer<typeof ratesTableSchema>;

export function loadRatesTable(path: string | undefined): RatesTable | null {
  if (!path) return null;
  const table = ratesTableSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { ...table, rates: { ...table.rates, [table.currency]: 1 } };
}
