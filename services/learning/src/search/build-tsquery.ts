import { sql, type RawBuilder } from 'kysely';
import type { ParsedQuery, SearchClause } from './parse-search-query.js';

/**
 * The parsed query as a tsquery in one text search configuration. Each word goes
 * through `to_tsquery` alone as `word:*` (stemmed by the configuration, then matched as
 * a prefix); phrases through `phraseto_tsquery`. The words hold letters and digits only
 * (see parseSearchQuery), so `to_tsquery` never sees an operator.
 */
export function buildTsquery(config: string, parsed: ParsedQuery): RawBuilder<string> {
  const groups = parsed.map(
    (group) =>
      sql`(${sql.join(
        group.map((clause) => clauseQuery(config, clause)),
        sql` && `,
      )})`,
  );
  return sql<string>`(${sql.join(groups, sql` || `)})`;
}

function clauseQuery(config: string, clause: SearchClause): RawBuilder<unknown> {
  const positive = clause.phrase
    ? sql`phraseto_tsquery(${config}::regconfig, ${clause.words.join(' ')})`
    : sql`to_tsquery(${config}::regconfig, ${`${clause.words[0]}:*`})`;
  return clause.negated ? sql`!!${positive}` : positive;
}
