import type { Kysely } from 'kysely';
import { listDeadLetters, type DeadLetter, type DeadLetterSelection } from '../dead-letters.js';

/** The parked events, oldest in the log first. */
export function listParkedEvents(db: Kysely<any>, selection: DeadLetterSelection = 'all'): Promise<DeadLetter[]> {
  return listDeadLetters(db, selection);
}
