import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS, subgraphEntry } from '../src/index.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const packageNameIn = (folder: string) => (JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8')) as { name: string }).name;

describe('the subgraph manifest', () => {
  it('lists every service folder with a package.json, under its package name', () => {
    const serviceFolders = readdirSync(join(repoRoot, 'services'))
      .map((folder) => `services/${folder}`)
      .filter((folder) => existsSync(join(repoRoot, folder, 'package.json')));
    expect(SUBGRAPHS.map((entry) => entry.folder).sort()).toEqual(serviceFolders.sort());
    for (const entry of SUBGRAPHS) expect(packageNameIn(entry.folder), entry.folder).toBe(entry.packageName);
  });

  it('gives every subgraph a name, a port and settings of its own', () => {
    for (const key of ['name', 'defaultPort', 'portVariable', 'hostVariable', 'urlVariable'] as const) {
      const values = SUBGRAPHS.map((entry) => entry[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    // The gateway has 4000.
    expect(SUBGRAPHS.map((entry) => entry.defaultPort)).not.toContain(4000);
  });

  it('finds an entry by name and refuses a name it does not know', () => {
    expect(subgraphEntry('context')).toMatchObject({ portVariable: 'CONTEXT_PORT', defaultPort: 4003 });
    expect(() => subgraphEntry('nowhere')).toThrow(/No subgraph named nowhere/);
  });
});
