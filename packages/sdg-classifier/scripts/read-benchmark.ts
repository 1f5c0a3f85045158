import { readFileSync } from 'node:fs';

export interface BenchmarkRow {
  id: string;
  text: string;
  goal: number;
  label: boolean;
}

export const BENCHMARK_CSV = new URL('../data/sdg-benchmark/dev.csv', import.meta.url);

/** Reads the benchmark CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function readBenchmark(url: URL = BENCHMARK_CSV): BenchmarkRow[] {
  const records = parseCsv(readFileSync(url, 'utf8'));
  const [header, ...rows] = records;
  const column = (name: string) => header!.indexOf(name);
  const [id, text, sdg, label] = ['id', 'text', 'sdg', 'label'].map(column) as [number, number, number, number];
  return rows
    .filter((row) => row.length > 1)
    .map((row) => ({ id: row[id]!, text: row[text]!, goal: Number(row[sdg]), label: /^(true|1)$/i.test(row[label]!.trim()) }));
}

function parseCsv(source: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
