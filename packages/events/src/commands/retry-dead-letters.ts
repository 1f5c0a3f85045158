import type { Kysely } from 'kysely';
import { deleteDeadLetter, describeFailure, listDeadLetters, recordFailedRetry, type DeadLetter, type DeadLetterSelection } from '../dead-letters.js';
import type { EventConsumerDefinition } from '../event-consumer-definition.js';

export interface RetryOutcome {
  deadLetter: DeadLetter;
  /** handled: applied and removed; failed: still parked, with the new error. */
  outcome: 'handled' | 'failed';
  error?: string;
}

/**
 * Hands parked events to their consumer's handler once more (after the handler or the
 * data was fixed), each in a transaction that also removes the dead letter. The cursor
 * has moved on, so the event arrives late; handlers apply by aggregate version, which
 * makes that harmless. Dead letters of consumers not among `definitions` are left alone.
 */
export async function retryDeadLetters(
  db: Kysely<any>,
  definitions: readonly EventConsumerDefinition<any>[],
  selection: DeadLetterSelection,
): Promise<RetryOutcome[]> {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const outcomes: RetryOutcome[] = [];
  for (const deadLetter of await listDeadLetters(db, selection)) {
    const definition = byName.get(deadLetter.consumer);
    if (definition) outcomes.push(await retryOne(db, definition, deadLetter));
  }
  return outcomes;
}

async function retryOne(db: Kysely<any>, definition: EventConsumerDefinition<any>, deadLetter: DeadLetter): Promise<RetryOutcome> {
  try {
    const prepared = definition.prepare ? await definition.prepare(deadLetter.event) : undefined;
    await db.transaction().execute(async (trx) => {
      // First, so a second retry of the same letter waits here and then finds it gone.
      if (!(await deleteDeadLetter(trx, deadLetter.id))) return;
      await definition.handle(trx, deadLetter.event, prepared);
    });
    return { deadLetter, outcome: 'handled' };
  } catch (cause) {
    const error = describeFailure(cause);
    await recordFailedRetry(db, deadLetter.id, error);
    return { deadLetter, outcome: 'failed', error };
  }
}
