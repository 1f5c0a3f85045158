import { writeFileSync } from 'node:fs';

/** Writes an array as JSON with one record per line: compact, yet readable in a diff. */
export function writeJsonLines(filePath: string, records: readonly unknown[]): void {
  const lines = records.map((record) => JSON.stringify(record));
  writeFileSync(filePath, `[\n${lines.join(',\n')}\n]\n`);
}
