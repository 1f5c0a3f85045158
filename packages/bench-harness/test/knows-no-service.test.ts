import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const servicePackages: readonly string[] = SUBGRAPHS.map((subgraph) => subgraph.packageName);

describe('the bench harness', () => {
  it('depends on no service of the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
    const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(dependencies.filter((name) => servicePackages.includes(name))).toEqual([]);
  });

  it('imports nothing from a service, by package or by path', () => {
    const imports = readdirSync(join(packageRoot, 'src')).flatMap((file) =>
      [...readFileSync(join(packageRoot, 'src', file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => ({ file, from: match[1]! })),
    );
    expect(imports.length).toBeGreaterThan(0);
    const intoServices = imports.filter(
      ({ from }) => servicePackages.some((name) => from === name || from.startsWith(`${name}/`)) || from.includes('services/'),
    );
    expect(intoServices).toEqual([]);
  });
});
