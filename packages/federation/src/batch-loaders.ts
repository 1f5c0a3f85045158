import DataLoader from 'dataloader';
import { isUuid } from './ids.js';

/**
 * Per-request loader of rows by id: one statement for all ids asked for in a tick;
 * null for ids without a row. Ids that are not UUIDs never reach SQL.
 */
export function byIdLoader<Row extends { id: string }>(load: (ids: string[]) => Promise<Row[]>): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await load(ids.filter(isUuid));
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request loader of the rows belonging to each key (a parent's id), in the order `load` returns them. */
export function groupedLoader<Row>(load: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const group = groups.get(keyOf(row)) ?? [];
      group.push(row);
      groups.set(keyOf(row), group);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
