import type { SubgraphEntry } from '../subgraph-entry.js';
import { composeFile } from './compose-file.js';
import { replaceGeneratedRegion } from './generated-region.js';
import { portSettingsTable, processPortsTable } from './port-tables.js';
import { routerConfig } from './router-config.js';

/** A file made (wholly or in part) from the manifest, given what it holds now. */
export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  make(current: string, subgraphs: readonly SubgraphEntry[]): string;
}

/** Every file that repeats the manifest: `npm run generate:infra` writes them, a test checks them. */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: 'infra/compose.yaml', make: (_current, subgraphs) => composeFile(subgraphs) },
  { path: 'infra/router/router.yaml', make: (_current, subgraphs) => routerConfig(subgraphs) },
  { path: 'README.md', make: (current, subgraphs) => replaceGeneratedRegion(current, 'ports', portSettingsTable(subgraphs)) },
  { path: 'docs/design.md', make: (current, subgraphs) => replaceGeneratedRegion(current, 'ports', processPortsTable(subgraphs)) },
];
