import { sql, type Kysely } from 'kysely';
import { resetCursor } from '../consumer-cursor.js';
import { deleteDeadLettersOf } from '../dead-letters.js';
import type { EventConsumerDefinition } from '../event-consumer-definition.js';
import { eventLogChannel } from '../event-log-schema.js';

/**
 * Rebuilds a consumer's projection from the first event: clears it, resets the cursor
 * and forgets the parked events (the replay meets them again), in one transaction, so no
 * reader ever sees the projection cleared with the cursor still at the end. The cursor
 * row is locked first: a running instance's batch then cannot commit into the cleared
 * projection (its lease token is gone), and it starts again from the beginning.
 */
export async function replayConsumer(db: Kysely<any>, definition: Pick<EventConsumerDefinition<any>, 'name' | 'clearProjection'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await resetCursor(trx, definition.name);
    await definition.clearProjection(trx);
    await deleteDeadLettersOf(trx, definition.name);
    // Wakes running instances on commit instead of at their next poll.
    await sql`select pg_notify(${eventLogChannel}, 'replay')`.execute(trx);
  });
}
