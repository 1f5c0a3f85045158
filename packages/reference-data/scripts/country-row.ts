import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { COLUMNS } from './csv-columns.js';

/** One CSV row: column name -> trimmed cell. */
export type CountryRow = Readonly<Record<string, string>>;

/** Reads the CSV, trims every cell and skips rows without an ISO alpha-3 code. */
export function readCountryRows(csvPath: string): readonly CountryRow[] {
  const records: Record<string, string>[] = parse(readFileSync(csvPath, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.filter((row) => (row[COLUMNS.alpha3] ?? '') !== '');
}

/** The cell of a column the CSV must have; '' when the cell is empty. */
export function cell(row: CountryRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`country-codes.csv has no column ${column}`);
  return value;
}

/** A cell that must match a pattern, e.g. an ISO code. */
export function matchingCell(row: CountryRow, column: string, pattern: RegExp): string {
  const value = cell(row, column);
  if (!pattern.test(value)) throw new Error(`${cell(row, COLUMNS.alpha3)}: ${column} '${value}' is malformed`);
  return value;
}

/** A three-digit, zero-padded numeric code (M49 or ISO 3166-1), or undefined for an empty cell. */
export function paddedCode(row: CountryRow, column: string): string | undefined {
  return cell(row, column) === '' ? undefined : matchingCell(row, column, /^\d{1,3}$/).padStart(3, '0');
}
