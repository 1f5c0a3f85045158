import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, startGraphqlService } from '@msp-atlas/service-runtime';
import { parse } from 'graphql';

/**
 * A stand-in subgraph that adds fields to the registry's Partnership, as later
 * services will: `insight` (nullable) and `score` (non-null), and a root field.
 * While `hang()` is in force its resolvers do not answer until `answer()`.
 */
const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    insightOfTheDay: String
  }

  type Partnership @key(fields: "id") {
    id: ID!
    insight: String
    score: Int!
  }
`;

export interface InsightsSubgraph {
  name: 'insights';
  url: string;
  /** The subgraph's SDL, for composing it into the supergraph. */
  sdl: string;
  /** From now on requests wait without an answer. */
  hang(): void;
  /** Requests waiting get their answer, and new ones are answered at once. */
  answer(): void;
  stop(): Promise<void>;
}

export async function startInsightsSubgraph(): Promise<InsightsSubgraph> {
  let hanging = false;
  const waiting: (() => void)[] = [];
  const ready = () => (hanging ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve());
  const answer = () => {
    hanging = false;
    for (const resolve of waiting.splice(0)) resolve();
  };
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: { insightOfTheDay: () => ready().then(() => 'Partnerships that report regularly last longer') },
      Partnership: {
        __resolveReference: (reference: { id: string }) => ready().then(() => ({ id: reference.id, insight: `insight on ${reference.id}`, score: 7 })),
      },
    } as never,
  });
  const service = await startGraphqlService({ name: 'insights', schema, logger: createLogger('insights', 'silent'), context: async () => ({}) });
  return {
    name: 'insights',
    url: `${service.url}/graphql`,
    sdl: SDL,
    hang: () => {
      hanging = true;
    },
    answer,
    stop: async () => {
      answer();
      await service.close();
    },
  };
}
