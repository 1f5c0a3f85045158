import { startTestSubgraph as startHarnessTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { healthSubgraph } from '../../src/subgraph.js';

/** The health subgraph as the harness starts it; its consumers do not run, so a test drives them (`processAvailable`). */
export type TestSubgraph = TestSubgraphOf<typeof healthSubgraph>;

/** The health subgraph on a fresh database of this test file's own; the other services are events in its log. */
export const startTestSubgraph = (): Promise<TestSubgraph> => startHarnessTestSubgraph(healthSubgraph);
