import { sql, type Kysely } from 'kysely';

/** A `/readyz` check: the service can serve while its database answers. */
export function databaseReadiness(db: Kysely<any>): () => Promise<boolean> {
  return async () => {
    await sql`select 1`.execute(db);
    return true;
  };
}
