import { workspaceTestConfig } from '@msp-atlas/test-harness/vitest-config';

// The subgraph skeleton's tests connect to and migrate a database of their own.
export default workspaceTestConfig();
