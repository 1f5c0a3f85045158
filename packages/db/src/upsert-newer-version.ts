import type { ExpressionBuilder, Kysely, RawBuilder } from 'kysely';

/**
 * Inserts a projection row, or replaces the stored one only when `values.version` is
 * newer: projections are fed by events delivered at least once, and replays are
 * routine, so an older or repeated event must not roll a row back. Every column in
 * `values` but the key is replaced; `alsoSet` adds expressions (a `now()`, say).
 * Answers whether a row was written.
 */
export async function upsertNewerVersion<Values extends { version: number }>(
  db: Kysely<any>,
  table: string,
  key: keyof Values & string,
  values: Values,
  alsoSet: Record<string, RawBuilder<unknown>> = {},
): Promise<boolean> {
  const replaced = Object.keys(values).filter((column) => column !== key);
  const result = await db
    .insertInto(table)
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column(key)
        .doUpdateSet((eb) => ({ ...Object.fromEntries(replaced.map((column) => [column, eb.ref(`excluded.${column}`)])), ...alsoSet }))
        .where(`${table}.version`, '<', (eb: ExpressionBuilder<any, any>) => eb.ref('excluded.version')),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
