import { startTestSubgraph as startHarnessTestSubgraph, type TestSubgraph as HarnessTestSubgraph } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';

/** The partnerships subgraph as `startTestSubgraph(partnershipsSubgraph)` of the test harness starts it. */
export type PartnershipsTestSubgraph = HarnessTestSubgraph<Db, Awaited<ReturnType<typeof partnershipsSubgraph.start>>>;

// The health tests' names for the same, until they move to services/health and call
// the harness's startTestSubgraph themselves; then these two go.
export type TestSubgraph = PartnershipsTestSubgraph;
export const startTestSubgraph = (): Promise<PartnershipsTestSubgraph> => startHarnessTestSubgraph(partnershipsSubgraph);
