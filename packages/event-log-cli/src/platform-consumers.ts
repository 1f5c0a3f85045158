import { contextEventConsumers, contextSubgraph } from '@msp-atlas/context';
import type { ConsumerGroup } from '@msp-atlas/events';

/**
 * Every service's event consumers, each with a connection in its service's schema (where
 * its handlers write), migrated so the commands also work before the first `npm start`.
 */
export async function connectPlatformConsumers(databaseUrl: string): Promise<ConsumerGroup[]> {
  const context = contextSubgraph.connect(databaseUrl, { poolSize: 2 });
  await contextSubgraph.migrate(context);
  return [{ db: context, consumers: contextEventConsumers }];
}
