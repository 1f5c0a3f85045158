import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';

const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const labelModules = import.meta.glob<Record<string, unknown>>('../labels/*.ts', { eager: true });

describe('keys the code uses', () => {
  it('finds every literal key of t() in the English catalogue', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SOURCE_DIR)) {
      for (const [, key = ''] of readFileSync(file, 'utf8').matchAll(/(?<![\w.])(?:i18n\.)?t\('([\w.]+)'/g)) {
        if (!i18n.exists(key) && !i18n.exists(`${key}_other`)) missing.push(`${file.slice(SOURCE_DIR.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds a message for every entry of the label tables', () => {
    for (const [file, exports] of Object.entries(labelModules)) {
      for (const [name, table] of Object.entries(exports)) {
        if (Array.isArray(table) || typeof table !== 'object' || table === null) continue;
        for (const [code, label] of Object.entries(table)) {
          expect(label, `${file} ${name}.${code}`).not.toMatch(/^\w+\.\w+$/);
        }
      }
    }
  });
});
