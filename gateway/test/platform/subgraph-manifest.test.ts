import { gatewayAuthSettings, loadDevRunnerEnv, platformProcesses } from '@msp-atlas/dev-runner';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../src/compose/compose-supergraph.js';
import { loadSubgraph } from '../../src/compose/load-subgraph.js';
import { manifestSubgraphs } from '../../src/compose/manifest-subgraphs.js';
import { ACCOUNTS_SUBGRAPH } from '../../src/compose/subgraph-list.js';
import { loadEnv, subgraphUrlsOf } from '../../src/env.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const names = SUBGRAPHS.map((entry) => entry.name);

describe('every subgraph of the manifest', () => {
  it('is composed into the supergraph, at its default URL unless told otherwise, with the accounts', async () => {
    const subgraphs = await manifestSubgraphs({ sdg: 'http://127.0.0.1:9/graphql' });
    expect(subgraphs.map((subgraph) => subgraph.name)).toEqual([...names, ACCOUNTS_SUBGRAPH.name]);
    const graphs = [...composeSupergraph(subgraphs).matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => [name, url]);
    expect(Object.fromEntries(graphs)).toEqual({
      ...Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, `http://127.0.0.1:${entry.defaultPort}/graphql`])),
      sdg: 'http://127.0.0.1:9/graphql',
      [ACCOUNTS_SUBGRAPH.name]: ACCOUNTS_SUBGRAPH.url,
    });
  });

  it('has its package export its definition as `subgraph`', async () => {
    for (const entry of SUBGRAPHS) expect((await loadSubgraph(entry)).manifestEntry).toBe(entry);
  });

  it('gets its URL setting in the gateway', () => {
    const env = loadEnv({
      GATEWAY_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://localhost/unused',
      ...Object.fromEntries(SUBGRAPHS.map((entry, index) => [entry.urlVariable, `http://10.0.0.${index + 1}:80/graphql`])),
    });
    expect(subgraphUrlsOf(env)).toEqual(Object.fromEntries(SUBGRAPHS.map((entry, index) => [entry.name, `http://10.0.0.${index + 1}:80/graphql`])));
  });

  it('runs under `npm start` on its port, which the gateway is told', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'msp-atlas-manifest-'));
    try {
      const env = loadDevRunnerEnv({ [SUBGRAPHS[0].portVariable]: '4401' });
      const { subgraphs, gateway } = platformProcesses(repoRoot, env, 'postgres://localhost/db', 'x'.repeat(32), gatewayAuthSettings(env, dataDir));
      expect(subgraphs.map((spec) => spec.name)).toEqual(names);
      SUBGRAPHS.forEach((entry, index) => {
        const port = index === 0 ? 4401 : entry.defaultPort;
        expect(subgraphs[index]).toMatchObject({ cwd: resolve(repoRoot, entry.folder), readyUrl: `http://127.0.0.1:${port}/readyz` });
        expect(subgraphs[index]!.env[entry.portVariable]).toBe(String(port));
        expect(gateway.env[entry.urlVariable]).toBe(`http://127.0.0.1:${port}/graphql`);
      });
      expect(subgraphs.find((spec) => spec.name === 'partnerships')!.env.SEED_DEMO_DATA).toBe('true');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
