import type { TestSubgraphOf } from '@msp-atlas/test-harness';
import type { partnershipsSubgraph } from '../../src/subgraph.js';

/** The partnerships subgraph as `startTestSubgraph(partnershipsSubgraph)` of the test harness starts it. */
export type PartnershipsTestSubgraph = TestSubgraphOf<typeof partnershipsSubgraph>;
