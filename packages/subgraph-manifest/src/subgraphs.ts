import type { SubgraphEntry } from './subgraph-entry.js';

/**
 * The platform's subgraphs. Composition, the gateway, the dev runner, the test
 * platform and the benchmarks all read this list: a new subgraph is its folder
 * under services/ and one entry here. The deployment files and the port tables in
 * the documentation are made from it: run `npm run generate:infra` after a change.
 */
export const SUBGRAPHS = [
  {
    name: 'partnerships',
    packageName: '@msp-atlas/partnerships',
    folder: 'services/partnerships',
    defaultPort: 4001,
    portVariable: 'PARTNERSHIPS_PORT',
    hostVariable: 'PARTNERSHIPS_HOST',
    urlVariable: 'PARTNERSHIPS_URL',
  },
  {
    name: 'sdg',
    packageName: '@msp-atlas/sdg',
    folder: 'services/sdg',
    defaultPort: 4002,
    portVariable: 'SDG_PORT',
    hostVariable: 'SDG_HOST',
    urlVariable: 'SDG_URL',
  },
  {
    name: 'context',
    packageName: '@msp-atlas/context',
    folder: 'services/context',
    defaultPort: 4003,
    portVariable: 'CONTEXT_PORT',
    hostVariable: 'CONTEXT_HOST',
    urlVariable: 'CONTEXT_URL',
  },
  {
    name: 'learning',
    packageName: '@msp-atlas/learning',
    folder: 'services/learning',
    defaultPort: 4004,
    portVariable: 'LEARNING_PORT',
    hostVariable: 'LEARNING_HOST',
    urlVariable: 'LEARNING_URL',
  },
  {
    name: 'accounts',
    packageName: '@msp-atlas/accounts',
    folder: 'services/accounts',
    defaultPort: 4005,
    portVariable: 'ACCOUNTS_PORT',
    hostVariable: 'ACCOUNTS_HOST',
    urlVariable: 'ACCOUNTS_URL',
    // It alone holds the signing key; the gateway only verifies its tokens.
    deploymentSettings: [
      { variable: 'AUTH_SIGNING_KEY', required: true, meaning: 'an Ed25519 private key in PEM', example: '"$(openssl genpkey -algorithm ed25519)"' },
      { variable: 'FIRST_ADMIN_EMAIL', required: false, meaning: "the first administrator's e-mail address", example: 'you@example.org' },
      { variable: 'FIRST_ADMIN_PASSWORD', required: false, meaning: "the first administrator's password", example: "'a long passphrase'" },
    ],
  },
  {
    name: 'health',
    packageName: '@msp-atlas/health',
    folder: 'services/health',
    defaultPort: 4006,
    portVariable: 'HEALTH_PORT',
    hostVariable: 'HEALTH_HOST',
    urlVariable: 'HEALTH_URL',
  },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The manifest entry of one subgraph; an unknown name is a programming error. */
export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!entry) throw new Error(`No subgraph named ${name} in the manifest (packages/subgraph-manifest)`);
  return entry;
}

/** Where a subgraph listens on this machine, as the gateway calls it. */
export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}
