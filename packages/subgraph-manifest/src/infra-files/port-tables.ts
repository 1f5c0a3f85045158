import type { SubgraphEntry } from '../subgraph-entry.js';

/** The gateway's port: the public entry, not a subgraph, so not in the manifest. */
export const GATEWAY_DEFAULT_PORT = 4000;
const EMBEDDED_POSTGRES_DEFAULT_PORT = 5488;

/** The port settings of `npm start`, in the README beside its other settings. */
export function portSettingsTable(subgraphs: readonly SubgraphEntry[]): string {
  return [
    '| variable | default | what listens there |',
    '|---|---|---|',
    `| \`GATEWAY_PORT\` | \`${GATEWAY_DEFAULT_PORT}\` | the gateway, the public entry: API and web app |`,
    ...subgraphs.map((entry) => `| \`${entry.portVariable}\` | \`${entry.defaultPort}\` | the ${entry.name} subgraph (\`${entry.folder}\`), on loopback |`),
  ].join('\n');
}

/** The table of processes and their ports in docs/design.md. */
export function processPortsTable(subgraphs: readonly SubgraphEntry[]): string {
  return [
    '| process | default port |',
    '|---|---|',
    `| gateway (API at \`/graphql\`, the web app on the same origin) | ${GATEWAY_DEFAULT_PORT} |`,
    ...subgraphs.map((entry) => `| ${entry.name} (\`${entry.folder}\`) | ${entry.defaultPort} |`),
    `| embedded PostgreSQL, when \`DATABASE_URL\` is unset | ${EMBEDDED_POSTGRES_DEFAULT_PORT} |`,
  ].join('\n');
}
