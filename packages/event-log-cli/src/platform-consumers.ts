import type { ConsumerGroup } from '@msp-atlas/events';
import { loadSubgraph } from '@msp-atlas/service-runtime';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';

/**
 * The event consumers of every subgraph of the manifest, each with a connection in its
 * service's schema (where its handlers write), migrated so the commands also work
 * before the first `npm start`.
 */
export async function connectPlatformConsumers(databaseUrl: string): Promise<ConsumerGroup[]> {
  const subgraphs = await Promise.all(SUBGRAPHS.map(loadSubgraph));
  const consuming = subgraphs.filter((subgraph) => subgraph.eventConsumerDefinitions.length > 0);
  return Promise.all(
    consuming.map(async (subgraph) => {
      const db = subgraph.connect(databaseUrl, { poolSize: 2 });
      await subgraph.migrate(db);
      return { db, consumers: subgraph.eventConsumerDefinitions };
    }),
  );
}
