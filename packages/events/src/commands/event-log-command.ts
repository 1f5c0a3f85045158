import type { Kysely } from 'kysely';
import { readConsumerStatus } from '../consumer-status.js';
import { listDeadLetters, type DeadLetter, type DeadLetterSelection } from '../dead-letters.js';
import type { EventConsumerDefinition } from '../event-consumer-definition.js';
import { replayConsumer } from './replay-consumer.js';
import { retryDeadLetters } from './retry-dead-letters.js';

/** A service's consumers with a connection in that service's schema, where their handlers write. */
export interface ConsumerGroup {
  db: Kysely<any>;
  consumers: readonly EventConsumerDefinition<any>[];
}

const EVENT_LOG_USAGE = `Usage:
  replay <consumer>                 clear the consumer's projection and start it from the first event
  status                            lag (count, age of the oldest unhandled event) and parked events per consumer
  dead-letters [--consumer <name>]  list parked events
  retry <id> | --consumer <name>    hand parked events to their consumer again`;

/**
 * The commands behind `npm run replay` and `npm run events`, given the platform's
 * consumers. Returns the exit code; prints through `print`.
 */
export async function runEventLogCommand(args: readonly string[], groups: readonly ConsumerGroup[], print: (line: string) => void): Promise<number> {
  const [command, ...rest] = args;
  const all = groups.flatMap((group) => group.consumers.map((definition) => ({ definition, db: group.db })));
  const find = (name: string | undefined) => all.find((entry) => entry.definition.name === name);
  const anyDb = groups[0]?.db;
  if (!anyDb) throw new Error('No event consumers to work on');

  switch (command) {
    case 'replay': {
      const entry = find(rest[0]);
      if (!entry) return refuse(print, `Name a consumer to replay: ${all.map((e) => e.definition.name).join(', ')}`);
      await replayConsumer(entry.db, entry.definition);
      const { pending } = await readConsumerStatus(entry.db, entry.definition.name);
      print(`${entry.definition.name}: projection cleared and cursor at the start; ${pending} events to handle again (the running service does it).`);
      return 0;
    }
    case 'status': {
      for (const { definition, db } of all) {
        const status = await readConsumerStatus(db, definition.name);
        print(`${definition.name}: ${status.pending} pending, oldest ${status.oldestPendingAgeSeconds.toFixed(1)} s old, ${status.parked} parked`);
      }
      return 0;
    }
    case 'dead-letters': {
      const selection = consumerOption(rest) ?? 'all';
      const parked = await listDeadLetters(anyDb, selection);
      if (parked.length === 0) print('No parked events.');
      for (const deadLetter of parked) print(describeDeadLetter(deadLetter));
      return 0;
    }
    case 'retry': {
      const selection = consumerOption(rest) ?? idSelection(rest[0]);
      if (!selection) return refuse(print, 'Name what to retry: retry <id> or retry --consumer <name>');
      let retried = 0;
      for (const group of groups) {
        for (const { deadLetter, outcome, error } of await retryDeadLetters(group.db, group.consumers, selection)) {
          retried += 1;
          print(
            `#${deadLetter.id} ${deadLetter.consumer} event ${deadLetter.event.seq}: ${outcome === 'handled' ? 'handled, no longer parked' : `failed again, still parked: ${firstLine(error)}`}`,
          );
        }
      }
      if (retried === 0) print('No parked events matched.');
      return 0;
    }
    default:
      return refuse(print, command ? `Unknown command: ${command}` : 'No command given');
  }
}

function refuse(print: (line: string) => void, message: string): number {
  print(message);
  print(EVENT_LOG_USAGE);
  return 2;
}

function consumerOption(args: readonly string[]): DeadLetterSelection | null {
  const at = args.indexOf('--consumer');
  const consumer = at >= 0 ? args[at + 1] : undefined;
  return consumer ? { consumer } : null;
}

function idSelection(arg: string | undefined): DeadLetterSelection | null {
  return arg !== undefined && /^\d+$/.test(arg) ? { id: Number(arg) } : null;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n', 1)[0] ?? '';
}

function describeDeadLetter({ id, consumer, event, attempts, parkedAt, error }: DeadLetter): string {
  return (
    `#${id} ${consumer} event ${event.seq} ${event.type} ${event.aggregateType} ${event.aggregateId} v${event.aggregateVersion}: ` +
    `${attempts} attempt(s), parked ${parkedAt.toISOString()}: ${firstLine(error)}`
  );
}
