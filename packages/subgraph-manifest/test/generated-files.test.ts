import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFile } from '../src/infra-files/compose-file.js';
import { GENERATED_FILES } from '../src/infra-files/generated-files.js';
import { portSettingsTable, processPortsTable } from '../src/infra-files/port-tables.js';
import { routerConfig } from '../src/infra-files/router-config.js';
import type { SubgraphEntry } from '../src/subgraph-entry.js';
import { SUBGRAPHS } from '../src/subgraphs.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

// A subgraph the manifest does not have yet, as the next one would be added.
const newcomer: SubgraphEntry = {
  name: 'newcomer',
  packageName: '@msp-atlas/newcomer',
  folder: 'services/newcomer',
  defaultPort: 4099,
  portVariable: 'NEWCOMER_PORT',
  hostVariable: 'NEWCOMER_HOST',
  urlVariable: 'NEWCOMER_URL',
  deploymentSettings: [{ variable: 'NEWCOMER_KEY', required: true, meaning: 'its key' }],
};
const withNewcomer: readonly SubgraphEntry[] = [...SUBGRAPHS, newcomer];

interface ComposeService {
  build: { args: { SERVICE: string } };
  environment: Record<string, string>;
  depends_on?: string[] | Record<string, unknown>;
}

describe('the files made from the manifest', () => {
  it.each(GENERATED_FILES.map((file) => file.path))('%s is what `npm run generate:infra` makes from the manifest today', (path) => {
    const file = GENERATED_FILES.find((candidate) => candidate.path === path)!;
    const current = read(path);
    expect(file.make(current, SUBGRAPHS), `${path} differs from the manifest: run npm run generate:infra`).toBe(current);
  });

  it('runs every subgraph in the compose file, reachable by the gateway, with the settings it alone holds', () => {
    const compose = parse(composeFile(withNewcomer), { merge: true }) as { services: Record<string, ComposeService> };
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'postgres', ...withNewcomer.map((entry) => entry.name)].sort());
    for (const entry of withNewcomer) {
      const service = compose.services[entry.name]!;
      expect(service.build.args.SERVICE).toBe(entry.name);
      // Listens beyond loopback on the private network, with the shared settings merged in.
      expect(service.environment).toMatchObject({ [entry.hostVariable]: '0.0.0.0', GATEWAY_SECRET: expect.any(String), DATABASE_URL: expect.any(String) });
      expect(compose.services.gateway!.environment[entry.urlVariable]).toBe(`http://${entry.name}:${entry.defaultPort}/graphql`);
      expect(compose.services.gateway!.depends_on).toContain(entry.name);
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own variable syntax, not a template
    expect(compose.services.newcomer!.environment.NEWCOMER_KEY).toBe('${NEWCOMER_KEY:?set NEWCOMER_KEY to its key}');
    expect(compose.services.accounts!.environment.AUTH_SIGNING_KEY).toMatch(/^\$\{AUTH_SIGNING_KEY:\?/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own variable syntax, not a template
    expect(compose.services.accounts!.environment.FIRST_ADMIN_EMAIL).toBe('${FIRST_ADMIN_EMAIL:-}');
    // Secrets of one subgraph go to it alone.
    expect(compose.services.partnerships!.environment).not.toHaveProperty('AUTH_SIGNING_KEY');
    expect(compose.services.gateway!.environment).not.toHaveProperty('AUTH_SIGNING_KEY');
  });

  it('points the router at every subgraph', () => {
    const router = parse(routerConfig(withNewcomer)) as { override_subgraph_url: Record<string, string> };
    expect(router.override_subgraph_url).toEqual(
      Object.fromEntries(withNewcomer.map((entry) => [entry.name, `http://${entry.name}:${entry.defaultPort}/graphql`])),
    );
  });

  it('lists every subgraph in the port tables', () => {
    for (const table of [portSettingsTable(withNewcomer), processPortsTable(withNewcomer)]) {
      expect(table).toContain('4099');
      expect(table.split('\n').length).toBe(withNewcomer.length + 2 + (table === processPortsTable(withNewcomer) ? 2 : 1));
    }
    expect(portSettingsTable(withNewcomer)).toContain('| `NEWCOMER_PORT` | `4099` |');
  });

  it('keeps the hand-written parts of a file with a generated part', () => {
    const readme = GENERATED_FILES.find((file) => file.path === 'README.md')!;
    const made = readme.make(read('README.md'), withNewcomer);
    expect(made).toContain('| `NEWCOMER_PORT` | `4099` |');
    expect(made.replace(portSettingsTable(withNewcomer), '')).toBe(read('README.md').replace(portSettingsTable(SUBGRAPHS), ''));
    expect(() => readme.make('no markers here', SUBGRAPHS)).toThrow(/markers of the generated part "ports" are missing/);
  });

  it('leaves no port of a subgraph written by hand elsewhere that differs from the manifest', () => {
    // A service's README names its own port setting; it must give the manifest's default.
    for (const entry of SUBGRAPHS) {
      const readme = existsSync(join(repoRoot, entry.folder, 'README.md')) ? read(`${entry.folder}/README.md`) : '';
      for (const match of readme.matchAll(new RegExp(`\\| \`${entry.portVariable}\` \\| \`(\\d+)\``, 'g'))) {
        expect(Number(match[1]), `${entry.folder}/README.md`).toBe(entry.defaultPort);
      }
    }
  });
});
