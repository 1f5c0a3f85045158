import type { Insertable } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { PartnershipRecordTable } from './partnership-record.table.js';
import type { RegistryRecord } from './registry-record.js';

export type PartnershipRecordValues = Omit<Insertable<PartnershipRecordTable>, 'record'> & { record: RegistryRecord | null };

/**
 * Keeps the partnership's record when the event is newer than the one held (or, with
 * `orEqual`, as new: a republication of the version held). Answers whether it did.
 * A record without details never replaces one that has them at the same version.
 */
export async function upsertRecordIfNewer(trx: Trx, values: PartnershipRecordValues, { orEqual }: { orEqual: boolean }): Promise<boolean> {
  const held = await trx
    .selectFrom('partnership_records')
    .select(['version'])
    .where('partnership_id', '=', values.partnership_id)
    .forUpdate()
    .executeTakeFirst();
  if (held && (orEqual ? held.version > values.version : held.version >= values.version)) return false;
  const row = { ...values, record: values.record === null ? null : JSON.stringify(values.record) };
  await trx
    .insertInto('partnership_records')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('partnership_id').doUpdateSet((eb) => ({
        version: eb.ref('excluded.version'),
        phase: eb.ref('excluded.phase'),
        countries: eb.ref('excluded.countries'),
        sectors: eb.ref('excluded.sectors'),
        is_demo: eb.ref('excluded.is_demo'),
        // The registration time of the first event stands; later ones carry the same, or none.
        registered_at: eb.ref('partnership_records.registered_at'),
        record: eb.fn.coalesce('excluded.record', 'partnership_records.record'),
      })),
    )
    .execute();
  return true;
}

export async function registrationOf(db: Db | Trx, partnershipId: string): Promise<{ registered_at: Date } | undefined> {
  return db.selectFrom('partnership_records').select(['registered_at']).where('partnership_id', '=', partnershipId).executeTakeFirst();
}

/** For a replay: the records and members come again from the log. */
export async function clearPartnershipRecords(trx: Trx): Promise<void> {
  await trx.deleteFrom('partnership_records').execute();
  await trx.deleteFrom('partnership_members').execute();
}
