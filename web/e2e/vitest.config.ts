import { fileURLToPath } from 'node:url';
import { workspaceTestConfig } from '@msp-atlas/test-harness/vitest-config';

// The browser journeys: the whole platform serving the built web app (web/dist), driven
// through a browser; the unit tests next to the sources have web/vitest.config.ts.
export default {
  ...workspaceTestConfig({ include: ['*.test.ts'] }),
  root: fileURLToPath(new URL('.', import.meta.url)),
};
