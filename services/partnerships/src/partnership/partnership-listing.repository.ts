import type { TimestampIdKey } from '@msp-atlas/federation';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db, PartnershipsDatabase } from '../database.js';
import { prefixTsQuery } from '../organization/organization.repository.js';
import type { PartnershipRow } from './partnership.table.js';

/** A validated filter: codes normalised, region codes widened to the countries inside. */
export interface PartnershipCriteria {
  phases?: string[];
  statuses?: string[];
  countries?: string[];
  regions?: { regionCodes: string[]; countryCodes: string[] };
  sectors?: string[];
  stakeholderTypes?: string[];
  organizationIds?: string[];
  sdgGoals?: string[];
  sdgTargets?: string[];
  search?: string | null;
  isDemo?: boolean | null;
}

type Where = ExpressionBuilder<PartnershipsDatabase, 'partnerships'>;

const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

function matches(eb: Where, criteria: PartnershipCriteria) {
  const conditions = [];
  if (criteria.phases?.length) conditions.push(eb('phase', 'in', criteria.phases));
  if (criteria.statuses?.length) conditions.push(eb('status', 'in', criteria.statuses));
  if (criteria.countries?.length) conditions.push(eb('countries', '&&', textArray(criteria.countries)));
  if (criteria.regions) {
    const { regionCodes, countryCodes } = criteria.regions;
    conditions.push(eb.or([eb('regions', '&&', textArray(regionCodes)), eb('countries', '&&', textArray(countryCodes))]));
  }
  if (criteria.sectors?.length) conditions.push(eb('sectors', '&&', textArray(criteria.sectors)));
  if (criteria.sdgGoals?.length) conditions.push(eb('sdg_goals', '&&', textArray(criteria.sdgGoals)));
  if (criteria.sdgTargets?.length) conditions.push(eb('sdg_targets', '&&', textArray(criteria.sdgTargets)));
  if (criteria.isDemo !== undefined && criteria.isDemo !== null) conditions.push(eb('is_demo', '=', criteria.isDemo));
  const tsQuery = prefixTsQuery(criteria.search);
  if (tsQuery) conditions.push(sql<boolean>`partnerships.search @@ to_tsquery('simple', ${tsQuery})`);
  if (criteria.stakeholderTypes?.length || criteria.organizationIds?.length) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('stakeholders')
          .innerJoin('organizations', 'organizations.id', 'stakeholders.organization_id')
          .select(sql`1`.as('one'))
          .whereRef('stakeholders.partnership_id', '=', 'partnerships.id')
          .$call((q) => (criteria.stakeholderTypes?.length ? q.where('organizations.type', 'in', criteria.stakeholderTypes) : q))
          .$call((q) => (criteria.organizationIds?.length ? q.where('organizations.id', 'in', criteria.organizationIds) : q)),
      ),
    );
  }
  return eb.and(conditions);
}

/**
 * One page in a stable order (newest registration first, id breaking ties), by
 * keyset: one statement whatever the page size. The cursor keeps the timestamp as
 * PostgreSQL text, since a JavaScript Date would drop its microseconds.
 */
export async function listPartnerships(
  db: Db,
  criteria: PartnershipCriteria,
  limit: number,
  after: TimestampIdKey | null,
): Promise<(PartnershipRow & { listing_created_at: string })[]> {
  return db
    .selectFrom('partnerships')
    .selectAll()
    .select(sql<string>`created_at::text`.as('listing_created_at'))
    .where((eb) => matches(eb, criteria))
    .$call((q) =>
      after === null
        ? q
        : q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(sql<Date>`${after[0]}::timestamptz`, sql<string>`${after[1]}::uuid`))),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPartnerships(db: Db, criteria: PartnershipCriteria): Promise<number> {
  const row = await db
    .selectFrom('partnerships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => matches(eb, criteria))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Per country named, how many partnerships match: the same conditions as the list, so
 * each count equals `countPartnerships` with that country added to the criteria
 * (a partnership's countries are distinct, so unnesting counts each once per country).
 */
export async function countPartnershipsByCountry(db: Db, criteria: PartnershipCriteria): Promise<{ country: string; partnershipCount: number }[]> {
  const rows = await db
    .selectFrom(
      db
        .selectFrom('partnerships')
        .select(['id', sql<string>`unnest(countries)`.as('country')])
        .where((eb) => matches(eb, criteria))
        .as('named'),
    )
    .select(['country', (eb) => eb.fn.count<string>('id').distinct().as('partnership_count')])
    .groupBy('country')
    .orderBy('country')
    .execute();
  return rows.map((row) => ({ country: row.country, partnershipCount: Number(row.partnership_count) }));
}
