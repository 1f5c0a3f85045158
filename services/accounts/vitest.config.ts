import { workspaceTestConfig } from '@msp-atlas/test-harness/vitest-config';

// Not isolated: the files a worker runs share one module graph, so the journeys that only
// read (or write what no other file looks at) share the worker's platform (`sharedPlatform()`).
export default workspaceTestConfig({ isolate: false });
