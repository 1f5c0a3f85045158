import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Wakes consumers from the database itself: one NOTIFY per appending statement and
 * producing service (the payload),
 * delivered on commit, so producers spend no extra round trip on it.
 */
export const notifyOnAppend: Migration = {
  async up(db: Kysely<any>) {
    await sql`
      create function event_log.notify_appended() returns trigger language plpgsql as $$
      begin
        perform pg_notify('event_log', source) from (select distinct source from appended) as sources;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger events_notify_appended after insert on event_log.events
      referencing new table as appended
      for each statement execute function event_log.notify_appended()`.execute(db);
  },
  async down(db: Kysely<any>) {
    await sql`drop trigger events_notify_appended on event_log.events`.execute(db);
    await sql`drop function event_log.notify_appended()`.execute(db);
  },
};
