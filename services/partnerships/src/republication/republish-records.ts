import { appendTypedEvents } from '@msp-atlas/event-contracts';
import type { Db } from '../database.js';
import { readPartnershipSnapshot, SOURCE } from '../events/partnership-events.js';
import { membersOf } from '../membership/membership.repository.js';

/** Partnerships per transaction: short transactions, so requests and consumers never wait long on one. */
const BATCH = 100;

/**
 * Publishes, once, every partnership registered before the record events carried their
 * details (the migration 20261208T0300 listed them): a PartnershipRecordRepublished
 * with the record as it stands and its members' accounts, so the health service has
 * what it evaluates from events alone. Each partnership leaves the list in the
 * transaction that appends its event, so a restart resumes where it stopped.
 * Answers how many were published.
 */
export async function republishRecords(db: Db): Promise<number> {
  let published = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('records_to_republish')
        .innerJoin('partnerships', 'partnerships.id', 'records_to_republish.partnership_id')
        .selectAll('partnerships')
        .orderBy('partnerships.id')
        .limit(BATCH)
        .forUpdate('records_to_republish')
        .skipLocked()
        .execute();
      if (due.length === 0) {
        // Ids whose partnership is gone have nothing to publish.
        await trx.deleteFrom('records_to_republish').execute();
        return 0;
      }
      const members = await membersOf(
        trx,
        due.map((row) => row.id),
      );
      const events = [];
      for (const row of due) {
        events.push({
          type: 'PartnershipRecordRepublished' as const,
          aggregateId: row.id,
          aggregateVersion: row.version,
          payload: {
            memberAccountIds: members.filter((member) => member.partnership_id === row.id).map((member) => member.account_id),
            partnership: await readPartnershipSnapshot(trx, row),
          },
        });
      }
      await appendTypedEvents(trx, SOURCE, events);
      await trx
        .deleteFrom('records_to_republish')
        .where(
          'partnership_id',
          'in',
          due.map((row) => row.id),
        )
        .execute();
      return due.length;
    });
    published += count;
    if (count < BATCH) return published;
  }
}
