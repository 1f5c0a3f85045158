import { accountsAuthSettings, loadDevRunnerEnv, platformProcesses } from '@msp-atlas/dev-runner';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../src/compose/compose-supergraph.js';
import { loadSubgraph } from '@msp-atlas/service-runtime';
import { manifestSubgraphs } from '../../src/compose/manifest-subgraphs.js';
import { loadEnv, subgraphUrlsOf } from '../../src/env.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const names = SUBGRAPHS.map((entry) => entry.name);

describe('every subgraph of the manifest', () => {
  it('is composed into the supergraph, at its default URL unless told otherwise', async () => {
    const subgraphs = await manifestSubgraphs({ sdg: 'http://127.0.0.1:9/graphql' });
    expect(subgraphs.map((subgraph) => subgraph.name)).toEqual(names);
    const graphs = [...composeSupergraph(subgraphs).matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => [name, url]);
    expect(Object.fromEntries(graphs)).toEqual({
      ...Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, `http://127.0.0.1:${entry.defaultPort}/graphql`])),
      sdg: 'http://127.0.0.1:9/graphql',
    });
  });

  it('has its package export its definition as `subgraph`', async () => {
    for (const entry of SUBGRAPHS) expect((await loadSubgraph(entry)).manifestEntry).toBe(entry);
  });

  it('gets its URL setting in the gateway', () => {
    const env = loadEnv({
      GATEWAY_SECRET: 'x'.repeat(32),
      ...Object.fromEntries(SUBGRAPHS.map((entry, index) => [entry.urlVariable, `http://10.0.0.${index + 1}:80/graphql`])),
    });
    expect(subgraphUrlsOf(env)).toEqual(Object.fromEntries(SUBGRAPHS.map((entry, index) => [entry.name, `http://10.0.0.${index + 1}:80/graphql`])));
  });

  it('runs under `npm start` on its port, which the gateway is told', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'msp-atlas-manifest-'));
    try {
      const env = loadDevRunnerEnv({ [SUBGRAPHS[0].portVariable]: '4401' });
      const { subgraphs, gateway } = platformProcesses(repoRoot, env, 'postgres://localhost/db', 'x'.repeat(32), accountsAuthSettings(env, dataDir));
      expect(subgraphs.map((spec) => spec.name)).toEqual(names);
      SUBGRAPHS.forEach((entry, index) => {
        const port = index === 0 ? 4401 : entry.defaultPort;
        expect(subgraphs[index]).toMatchObject({ cwd: resolve(repoRoot, entry.folder), readyUrl: `http://127.0.0.1:${port}/readyz` });
        expect(subgraphs[index]!.env[entry.portVariable]).toBe(String(port));
        expect(gateway.env[entry.urlVariable]).toBe(`http://127.0.0.1:${port}/graphql`);
      });
      expect(subgraphs.find((spec) => spec.name === 'partnerships')!.env.SEED_DEMO_DATA).toBe('true');
      // The accounts service holds the signing key; the gateway has no key and no database.
      expect(subgraphs.find((spec) => spec.name === 'accounts')!.env.AUTH_SIGNING_KEY_FILE).toBeTruthy();
      expect(gateway.env).not.toHaveProperty('DATABASE_URL');
      expect(gateway.env).not.toHaveProperty('AUTH_SIGNING_KEY_FILE');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
