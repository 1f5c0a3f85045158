import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { OrganizationRow } from './organization.table.js';

export interface OrganizationValues {
  name: string;
  type: string;
  country_code: string | null;
  website: string | null;
  is_demo?: boolean;
}

export async function insertOrganization(trx: Trx, values: OrganizationValues): Promise<OrganizationRow> {
  return trx.insertInto('organizations').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Inserts in one statement; rows come back in the order given. */
export async function insertOrganizations(trx: Trx, values: readonly (OrganizationValues & { id: string })[]): Promise<OrganizationRow[]> {
  if (values.length === 0) return [];
  const rows = await trx
    .insertInto('organizations')
    .values([...values])
    .returningAll()
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  // biome-ignore lint/style/noNonNullAssertion: every value was inserted and returned, under its own id
  return values.map((value) => byId.get(value.id)!);
}

export async function findOrganizationsByIds(db: Db | Trx, ids: readonly string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
}

/** Organisations in name order; `search` matches word prefixes. */
export function organizationListQuery(db: Db, search: string | null) {
  let query = db.selectFrom('organizations');
  const tsQuery = prefixTsQuery(search);
  if (tsQuery) query = query.where(sql<boolean>`search @@ to_tsquery('simple', ${tsQuery})`);
  return query;
}

/**
 * Turns free text into a tsquery that matches every word as a prefix, so
 * search-as-you-type works; everything but letters and digits is dropped.
 */
export function prefixTsQuery(text: string | null | undefined): string | null {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ');
}
