import { workspaceTestConfig } from '@msp-atlas/test-harness/vitest-config';

export default workspaceTestConfig();
